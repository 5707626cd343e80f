import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../lib/engine/analyze';

const typeOf = (text: string, name: string) => analyzeText(text).entities.find((e) => e.name === name)?.type;

describe('a name set off by commas beside a role', () => {
  it('is a person after a role of some body: "a spokesman for the harbour police, Tavo Renkis, said"', () => {
    const text = 'The ferry ran aground on Monday. A spokesman for the regional harbour police, Tavo Renkis, said the crew had been questioned.';
    expect(typeOf(text, 'Tavo Renkis')).toBe('person');
  });

  it('is a person before a role it is set off by: "Tavo Renkis, a spokesman for…", "Vardo Kilm, the city’s deputy mayor,"', () => {
    expect(typeOf('The ferry ran aground. Tavo Renkis, a spokesman for the harbour police, said the crew was safe.', 'Tavo Renkis')).toBe('person');
    expect(typeOf("The ferry ran aground. Vardo Kilm, the city's deputy mayor, said the port would reopen.", 'Vardo Kilm')).toBe('person');
    expect(typeOf('The ferry ran aground. Kessa Tolvin, senior analyst at the port authority, said losses were small.', 'Kessa Tolvin')).toBe('person');
  });

  it('is a person named by the surname alone before a role: "Pellstrom, a former finance minister,", but not a degree: "MD, president of"', () => {
    expect(typeOf('Pellstrom, a former finance minister, needs four more seats.', 'Pellstrom')).toBe('person');
    const doctor = analyzeText('"It is scary," says Stephen Calderwood, MD, president of the Infectious Diseases Society of America.');
    expect(doctor.entities.map((e) => e.name)).not.toContain('MD');
  });

  it('is no person when the role’s noun only describes what follows it, or when the name is one of a list', () => {
    expect(typeOf('Fervana, an activist group, said the port should close.', 'Fervana')).not.toBe('person');
    expect(typeOf('His obituary, published in the Kessel Daily Courier, called him the author of many books.', 'Kessel Daily Courier')).not.toBe('person');
    const listed = 'Shares of Nordvale, Pellix Corvane, and Arbo Tiel fell sharply. A spokesman for Nordvale, Pellix Corvane, and Arbo Tiel declined to comment.';
    expect(typeOf(listed, 'Pellix Corvane')).toBe('organization');
  });
});
