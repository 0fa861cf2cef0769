import { MAX_SCORE, MAX_YEAR, MIN_YEAR } from '../validate/evaluationList.ts';
import { CLEAN_EVALUATIONS, SLOT_EVALUATIONS, type PlotFieldValues } from '../validate/plotFieldValues.ts';
import { asciiBytes, sameBytes } from './byteKeyTable.ts';
import { literalAt, skipWhitespace, type JsonByteValues } from './jsonByteValues.ts';

const QUOTE = 0x22;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const YEAR = asciiBytes('year');
const PASS = asciiBytes('pass');
const SCORE = asciiBytes('score');

/**
 * An evaluations list at `start` ('[') whose every entry is usable as it is (EvaluationList
 * would keep it without a word); the index after it, or -1 for any other list.
 */
export function cleanEvaluationsAt(b: Uint8Array, start: number, json: JsonByteValues, v: PlotFieldValues): number {
  let i = skipWhitespace(b, start + 1);
  if (b[i] === RBRACKET) {
    v.kinds[SLOT_EVALUATIONS] = CLEAN_EVALUATIONS;
    return i + 1;
  }
  for (;;) {
    if (b[i] !== LBRACE) return -1;
    i = skipWhitespace(b, i + 1);
    let year = NaN;
    let pass = -1;
    let score = NaN;
    let scoreSeen = false;
    for (;;) {
      if (b[i] !== QUOTE) return -1;
      const keyEnd = json.scanString(b, i);
      if (keyEnd < 0 || json.flags !== 0) return -1;
      const keyStart = i + 1;
      i = skipWhitespace(b, keyEnd);
      if (b[i] !== COLON) return -1;
      i = skipWhitespace(b, i + 1);
      // The first letter picks the one name to compare.
      const first = b[keyStart];
      if (first === 0x79 && sameBytes(YEAR, b, keyStart, keyEnd - 1)) {
        if (!Number.isNaN(year)) return -1;
        i = json.numbers.numberAt(b, i);
        if (i < 0) return -1;
        year = json.numbers.lastNumber;
      } else if (first === 0x70 && sameBytes(PASS, b, keyStart, keyEnd - 1)) {
        const literal = literalAt(b, i);
        if (pass >= 0 || (literal !== 1 && literal !== 2)) return -1;
        pass = literal === 1 ? 1 : 0;
        i += literal === 2 ? 5 : 4;
      } else if (first === 0x73 && sameBytes(SCORE, b, keyStart, keyEnd - 1)) {
        if (scoreSeen) return -1;
        scoreSeen = true;
        if (literalAt(b, i) === 3) i += 4;
        else {
          i = json.numbers.numberAt(b, i);
          if (i < 0) return -1;
          score = json.numbers.lastNumber;
          if (!(Math.abs(score) <= MAX_SCORE)) return -1;
        }
      } else {
        return -1;
      }
      i = skipWhitespace(b, i);
      if (b[i] === COMMA) {
        i = skipWhitespace(b, i + 1);
        continue;
      }
      if (b[i] !== RBRACE) return -1;
      i = skipWhitespace(b, i + 1);
      break;
    }
    if (pass < 0 || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return -1;
    v.evalYears.push(year);
    v.evalPass.push(pass);
    v.evalScores.push(score);
    if (b[i] === COMMA) {
      i = skipWhitespace(b, i + 1);
      continue;
    }
    if (b[i] !== RBRACKET) return -1;
    v.kinds[SLOT_EVALUATIONS] = CLEAN_EVALUATIONS;
    return i + 1;
  }
}
