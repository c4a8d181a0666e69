// The Unicode format characters (general category Cf: the soft hyphen, zero-width spaces and joiners,
// direction marks, the byte-order mark…) that pages slip into titles and names, to be removed. Spelt out
// rather than written \p{Cf}: that property class takes milliseconds to build the first time a regular
// expression uses it, which the probe, run on every page, would pay cold. A test checks it is \p{Cf}.
export const FORMAT_CHARS =
  '\\u{AD}\\u{600}-\\u{605}\\u{61C}\\u{6DD}\\u{70F}\\u{890}-\\u{891}\\u{8E2}\\u{180E}\\u{200B}-\\u{200F}' +
  '\\u{202A}-\\u{202E}\\u{2060}-\\u{2064}\\u{2066}-\\u{206F}\\u{FEFF}\\u{FFF9}-\\u{FFFB}\\u{110BD}\\u{110CD}' +
  '\\u{13430}-\\u{1343F}\\u{1BCA0}-\\u{1BCA3}\\u{1D173}-\\u{1D17A}\\u{E0001}\\u{E0020}-\\u{E007F}';

/** Every format character of `text`, matched (flags g and u). */
export const formatChars = (extra = ''): RegExp => new RegExp(`[${extra}${FORMAT_CHARS}]+`, 'gu');
