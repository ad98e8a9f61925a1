/**
 * Concept lexicons for the English rules (UK and US contract wording), as regex sources for the
 * normalised (lower-case) text. As in lexicon.ts, a rule combines concepts — "a negated refund",
 * "not liable" + "an injury" — instead of listing sentences.
 */
import { CONSUMER_EN, OPERATOR_EN } from '../parties';

/** The operator: "the Centre", "the Organiser", "our dance school", "we", Party A. */
export const EN_OPERATOR = OPERATOR_EN;
/** The consumer: students, parents, "you", Party B. */
export const EN_CONSUMER = CONSUMER_EN;

/** A negated modal or verb: "will not", "cannot", "are unable to", "never". */
export const EN_NEG =
  "(?:\\b(?:will|shall|can|could|may|would|do|does|did|is|are|must)(?: not|n't)|\\bcannot|\\bcan not|\\b(?:are|is|am)? ?unable to|\\bnot able to|\\bnever|\\bno longer)";

/** Money the consumer paid. */
export const EN_MONEY = '(?:fees?|tuition|money|payments?|deposits?|amounts?(?: paid)?|sums?|charges?|balance|bookings?|prepayments?|costs?|monies)';

/** The refund itself, as a noun or a verb. */
export const EN_REFUND = '(?:refund(?:s|ed|able)?|reimburs(?:e|ed|ement|ements)|repa(?:y|id|yment|yments)|money back)';

/**
 * "No refund": a negation governing a refund ("we cannot give refunds", "will not reimburse any
 * booking", "are not refundable"), or the fixed forms (non-refundable, no refunds).
 */
export const EN_NO_REFUND =
  `(?:${EN_NEG} (?:be )?(?:(?:give|offer|issue|make|provide|grant|process|pay|accept|consider|arrange|receive|get|obtain|be (?:given|entitled to)|entitled to)\\w* )?(?:you |your child |any |a |the |any part of (?:the )?)?${EN_REFUND}|\\bno refunds?|\\bnon-?refundable|\\bnot (?:be )?refund(?:ed|able)|\\brefunds? (?:will|shall|are|is|can)(?: not|n't)|\\bnot (?:eligible|entitled) (?:for|to) (?:a |any )?refunds?|\\b(?:(?:under )?no obligation|not (?:be )?(?:obliged|obligated|required|bound)) to (?:refund|return|repay|reimburse)|\\bno (?:fees?|money|tuition|payments?|part of (?:the )?fees?) (?:will|shall|can|may) be (?:refunded|returned|given back|paid back|repaid)|\\b(?:not|non-?)(?: be)? ?(?:recoverable|reclaimable|repayable|returnable)\\b)`;

/** Literal pre-filter for a sentence that may hold EN_NO_REFUND (for a rule's `anyOf`). */
export const EN_NO_REFUND_GATE: readonly string[] = ['refund', 'reimburs', 'repay', 'recover', 'reclaim', 'return', 'back'];

/** Not liable: "cannot be held liable", "accepts no responsibility", "is not responsible". */
export const EN_NOT_LIABLE =
  "(?:(?:\\bnot|\\bcannot|\\bcan't|\\bin no event|\\bunder no circumstances)(?: shall| will)?(?: [a-z']+){0,2}? (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:\\bcannot|\\bcan't|\\bcan not|\\bwill not|\\bwon't|\\bdoes not|\\bdo not|\\bshall not)(?: accept| assume| bear| take)(?: any)? (?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)\\bexempt(?:ed)? from (?:any |all )?(?:liability|responsibility)|\\b(?:accepts?|assumes?|bears?|takes?|holds?|has|have) no (?:liability|responsibility)|\\bno (?:liability|responsibility) (?:is|will be|shall be) (?:accepted|assumed|taken)|\\bdisclaims? (?:all |any )?(?:liability|responsibility))";

/** An injury or a risk to a person. */
export const EN_HARM = '(?:injur\\w*|accident\\w*|personal (?:injury|safety|harm)|bodily harm|harm|safety|death|illness|medical (?:costs?|expenses|bills?|treatment))';

/** What a course is delivered with: teacher, venue, timetable, class, content. */
export const EN_ARRANGEMENT =
  '(?:teachers?|tutors?|instructors?|coach(?:es)?|staff(?:ing)?|teaching staff|venues?|locations?|sites?|premises|classrooms?|class(?:es)?|class sizes?|group sizes?|groups?|schedules?|timetables?|dates?|times?|days?|course content|content|curriculum|syllabus|programmes?|programs?|activities|itinerary|campus|lessons?|sessions?|lesson times?|format)';

/** Only, exclusively: the restriction in a forced-remedy or restricted-refund clause. */
export const EN_ONLY = '(?:only|solely|exclusively)';

/** Going to law or to an outside body. */
export const EN_LEGAL_ACTION =
  '(?:sue|litigat\\w*|bring(?:ing)? (?:a |any )?(?:legal )?(?:lawsuit|claim|action|proceedings|case)|file (?:a )?(?:lawsuit|claim)|take (?:any )?legal action|go to court|(?:commence|initiate|start|issue) (?:any )?(?:legal |court )?proceedings|(?:apply|resort) to (?:the |any )?courts?)';
