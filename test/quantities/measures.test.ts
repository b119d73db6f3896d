import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/quantities/extract.js';

const measures = (text: string): Array<[string, string, number, string | null]> =>
  extractMentions(text).filter((m) => m.family === 'dimension' || m.family === 'temperature').map((m) => [m.text, m.family, m.value, m.unit]);

describe('angles and temperatures', () => {
  it('reads a bare degree after a verb of turning, or before "angle", as an angle', () => {
    expect(measures('The crane can rotate 90 degrees.')).toEqual([['90 degrees', 'dimension', 90, 'deg']]);
    expect(measures('The road climbs at a 12 degrees angle.')).toEqual([['12 degrees', 'dimension', 12, 'deg']]);
  });

  it('keeps a bare degree a temperature otherwise, even near a turn of the weather', () => {
    expect(measures('Temperatures will turn colder and fall to 5 degrees.')).toEqual([['5 degrees', 'temperature', 5, '°']]);
    expect(measures('It was 40 degrees in Seville.')).toEqual([['40 degrees', 'temperature', 40, '°']]);
  });
});

describe('data sizes and speeds', () => {
  it('tells bytes from bits by the letter case', () => {
    expect(measures('The update is 100 MB, the link 100 Mb a second.')).toEqual([
      ['100 MB', 'dimension', 100, 'MB'],
      ['100 Mb', 'dimension', 100, 'Mb'],
    ]);
  });

  it('reads a length per a time as a speed', () => {
    expect(measures('Signals travel 50 km/ms and 50 meters per millisecond.')).toEqual([
      ['50 km/ms', 'dimension', 50, 'km/ms'],
      ['50 meters per millisecond', 'dimension', 50, 'm/ms'],
    ]);
  });

  it('reads no measure after a code', () => {
    expect(measures('The drone scp-173 m was lost.')).toEqual([]);
    expect(measures('The angle is 0.8rad.')).toEqual([['0.8rad', 'dimension', 0.8, 'rad']]);
  });
});
