/**
 * English names of the form's row, group and column keys, for a person reading the English UI (the
 * official Chinese label is shown beside them). Keyed by table, then by the form's key, for both the
 * 2021 form and the 2019 trial form (whose own keys are included). To be merged into the one zh/en
 * vocabulary of src/present.
 */
export const FORM_NAMES_EN: Record<2 | 3 | 4, Readonly<Record<string, string>>> = {
  2: {
    regulations: 'Regulations',
    normativeDocs: 'Normative documents',
    licensing: 'Administrative licensing',
    penalty: 'Administrative penalties',
    enforcement: 'Administrative enforcement',
    fees: 'Administrative fees',
    otherServices: 'Other external services',
    procurement: 'Government procurement',
    issued: 'Issued this year',
    repealed: 'Repealed this year',
    inForce: 'In force',
    decisions: 'Decisions this year',
    amount: 'Amount (10,000 yuan)',
    newlyMade: 'Newly made this year',
    newlyPublished: 'Newly published this year',
    totalPublished: 'Total published',
    previousYear: 'Previous year',
    change: 'Change this year',
    projects: 'Procurement projects',
  },
  3: {
    received: 'New applications this year',
    carriedIn: 'Carried in from last year',
    results: 'Results this year',
    granted: 'Disclosed',
    partlyGranted: 'Partly disclosed',
    withheld: 'Not disclosed',
    'withheld.stateSecret': 'State secret',
    'withheld.prohibitedByLaw': 'Prohibited by other laws',
    'withheld.threeSecurities': 'Endangers the “three securities and one stability”',
    'withheld.thirdParty': 'Protects a third party’s rights',
    'withheld.internalAffairs': 'Internal affairs',
    'withheld.processInfo': 'Process information',
    'withheld.enforcementFile': 'Enforcement case file',
    'withheld.queryMatter': 'Administrative query matter',
    unavailable: 'Cannot be provided',
    'unavailable.notHeld': 'Not held by this body',
    'unavailable.needsCreation': 'Would have to be created',
    'unavailable.unclear': 'Still unclear after correction',
    notProcessed: 'Not processed',
    'notProcessed.petition': 'Petitions and complaints',
    'notProcessed.repeated': 'Repeated applications',
    'notProcessed.publication': 'Asks for a publication',
    'notProcessed.excessive': 'Excessive repeated applications',
    'notProcessed.confirmation': 'Asks to confirm or reissue information',
    otherHandling: 'Other handling',
    'otherHandling.noCorrection': 'Applicant did not correct in time',
    'otherHandling.feeUnpaid': 'Applicant did not pay the fee in time',
    'otherHandling.other': 'Other',
    handledTotal: 'Total handled',
    carriedOut: 'Carried over to next year',
    natural: 'Natural persons',
    business: 'Businesses',
    research: 'Research institutions',
    nonprofit: 'Non-profit organisations',
    legal: 'Legal service providers',
    otherOrg: 'Other organisations',
    total: 'Total',
    legalPersonSubtotal: 'Legal persons and organisations (subtotal)',
  },
  4: {
    review: 'Administrative review',
    suitDirect: 'Lawsuit without prior review',
    suitAfterReview: 'Lawsuit after review',
    upheld: 'Upheld',
    corrected: 'Corrected',
    other: 'Other result',
    pending: 'Pending',
    total: 'Total',
  },
};

/** The English name of a form key, or null for a key the form does not have (an extra row's own label). */
export function formNameEn(table: 2 | 3 | 4, key: string): string | null {
  return (
    FORM_NAMES_EN[table][key] ?? (key.startsWith('subtotal.') ? `${FORM_NAMES_EN[table][key.slice(9)] ?? key.slice(9)} (subtotal)` : null)
  );
}

/**
 * Table 3's applicant columns in a word each, for the tables view's column heads: seven columns share
 * the popup's width, and the full names would break mid-word there. The full name is the head's title.
 */
export const TABLE3_COLUMN_SHORT_EN: Readonly<Record<string, string>> = {
  natural: 'People',
  business: 'Firms',
  research: 'R&D',
  nonprofit: 'NGOs',
  legal: 'Legal',
  otherOrg: 'Other',
  total: 'Total',
  legalPersonSubtotal: 'Orgs',
};
