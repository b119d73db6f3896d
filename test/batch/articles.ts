/** Generated English news articles for ingest tests: each one distinct, none copied from any corpus. */

const SPEAKERS = ['Anthony Blinken', 'Mohammed al-Sudani', 'Annalena Baerbock', 'Hakan Fidan', 'Ayman Safadi', 'Josep Borrell'];
const PLACES = ['Baghdad', 'Amman', 'Ankara', 'Damascus', 'Beirut', 'Cairo'];
const VERBS = ['said', 'promised', 'warned', 'demanded', 'denied', 'agreed'];

/** Article number `i`: a few sentences with a speaker, a place, a number and a date that vary with `i`. */
export function generatedArticle(i: number): string {
  const speaker = SPEAKERS[i % SPEAKERS.length];
  const place = PLACES[(i >> 1) % PLACES.length];
  const verb = VERBS[(i >> 2) % VERBS.length];
  const day = (i % 28) + 1;
  return (
    `${speaker} arrived in ${place} on ${day} March 2024 for talks with the government. ` +
    `He ${verb} that the country would send about ${1000 + i * 7} troops to the border by the end of the year. ` +
    `"We will work with our partners on security," ${speaker.split(' ').pop()} told reporters after meeting officials ` +
    `for the ${i + 1}th time. The ministry said that ${i % 50} people had been hurt in the region last week.\n`
  );
}
