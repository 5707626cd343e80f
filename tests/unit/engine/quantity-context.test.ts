import { describe, expect, it } from 'vitest';
import { quantityViews } from '../../../lib/engine/quantity-context';
import { extractQuantities } from '../../../lib/engine/quantities';
import { words } from '../../../lib/engine/terms';

const slots = (sentence: string) => quantityViews(sentence, extractQuantities(sentence, 0), words(sentence)).map((v) => [v.quantity.text, v.slot]);

describe('what a duration in a claim measures', () => {
  it('takes a duration after "for" for a length, though "before" or "after" follows it', () => {
    expect(slots('The pair spoke alone for around 40 minutes before moving into a larger session.')).toEqual([['around 40 minutes', 'length']]);
  });

  it('reads no difference in a comparison set off by a comma, and gives the contrasted figure the same slot', () => {
    expect(slots('They met for about 38 minutes, shorter than the 45 minutes the White House had scheduled.')).toEqual([
      ['about 38 minutes', 'length'],
      ['45 minutes', 'length'],
    ]);
  });

  it('reads a figure taken off another as a difference, and lends a difference to no figure beside it', () => {
    expect(slots('Kiprotich won in two hours, four minutes and 37 seconds, taking 33 seconds off the course record.')).toEqual([
      ['two hours, four minutes and 37 seconds', 'other'],
      ['33 seconds', 'difference'],
    ]);
  });

  it('tells a term in prison from the years someone held an office', () => {
    expect(slots('A judge sentenced the former mayor to 12 years in prison for taking bribes.')).toEqual([['12 years', 'sentence']]);
    expect(slots('Kellerman, who served as mayor for nine years, apologized to residents.')).toEqual([['nine years', 'length']]);
  });

  it('takes the minute of a match something happened "on" for an offset, not the length of anything', () => {
    expect(slots('Ferreira curled Kelsall back in front on 58 minutes.')).toEqual([['58 minutes', 'offset']]);
  });

  it('takes a wait someone was held up for, or one named a delay after a comma, as a delay, not the length of anything', () => {
    expect(slots('Passengers were held up for about 40 minutes at Crewe.')).toEqual([['about 40 minutes', 'delay']]);
    expect(slots('The flight was held for 2 hours 40 minutes in Dublin before departure, a delay the airline blamed on crews.')).toEqual([['2 hours 40 minutes', 'delay']]);
    expect(slots('The runway was closed for about four hours, a record for the airport.')).toEqual([['about four hours', 'length']]);
    expect(slots('The talks were held for about 40 minutes.')).toEqual([['about 40 minutes', 'length']]);
  });

  it('takes the time left until a rule takes effect or a deadline falls for a delay, not the length of anything', () => {
    expect(slots('The new rule will take effect in 30 days.')).toEqual([['30 days', 'delay']]);
    expect(slots('The company must respond within 90 days.')).toEqual([['90 days', 'delay']]);
    expect(slots('The borrower has to pay it back within 90 days.')).toEqual([['90 days', 'delay']]);
    expect(slots('The talks will take 30 days.')).toEqual([['30 days', 'length']]);
  });

  it('takes "five hours of talks" for the length of the talks', () => {
    expect(slots('They signed a document after nearly five hours of talks.')).toEqual([['nearly five hours', 'length']]);
    expect(slots('The jury reached its verdict after just five and a half hours of deliberation.')).toEqual([['five and a half hours', 'length']]);
  });

  it('reads the slot past a word that only stresses the figure: "inside for just four minutes"', () => {
    expect(slots('The intruders were inside the building for just four minutes.')).toEqual([['four minutes', 'length']]);
  });

  it('takes how long a thing is rated or built to bear for its capacity, not for how long anything lasted', () => {
    expect(slots('The showcases were rated to resist a sustained attack for up to seven minutes.')).toEqual([['up to seven minutes', 'capacity']]);
    expect(slots('The raid on the showcases lasted seven minutes.')).toEqual([['seven minutes', 'length']]);
  });

  it('takes "a standoff of about 11 hours" for the length of the standoff, but not a race time written as a clock', () => {
    expect(slots('Police ended the siege after a standoff of about 11 hours.')).toEqual([['about 11 hours', 'length']]);
    expect(slots('They were followed for an average of seven years.')).toEqual([['seven years', 'length']]);
    expect(slots('She has a personal best of 1:05:40.')).toEqual([['1:05:40', 'other']]);
  });
});

describe('what a count in a claim is', () => {
  const slots = (sentence: string) => quantityViews(sentence, extractQuantities(sentence, 0), words(sentence)).map((v) => [v.quantity.text, v.slot]);

  it('takes by how much a vote or a match was won or missed for a difference, not a figure of its own', () => {
    expect(slots('Last year a similar proposal fell short by eight votes.')).toEqual([['eight', 'difference']]);
    expect(slots('The governing party won by 12 seats.')).toEqual([['12', 'difference']]);
    expect(slots('A similar bill won 112 votes last year.')).toEqual([['112', 'other']]);
  });

  it('takes a count of more of something for a difference: "needs four more seats"', () => {
    expect(slots('The party needs at least four more seats to govern.')).toEqual([['at least four', 'difference']]);
    expect(slots('The party won 71 seats, more than any other.')).toEqual([['71', 'other']]);
  });
});

describe('what a count in a claim counts', () => {
  const readings = (sentence: string) => quantityViews(sentence, extractQuantities(sentence, 0), words(sentence)).map((v) => [v.quantity.text, v.reading, v.act]);

  it('takes a count right after a deed for what was done to some, with the deed named alike in other words', () => {
    expect(readings('The chain will close 120 stores by May.')).toEqual([['120', 'change', 'close']]);
    expect(readings('The plant hired 300 workers last year.')).toEqual([['300', 'change', 'hire']]);
    expect(readings('The retailer will shut 125 stores.')).toEqual([['125', 'change', 'close']]);
  });

  it('takes a count after "at", "operates" or "employs" for how many there are', () => {
    expect(readings('The chain employs about 12,500 people at 410 stores.')).toEqual([['about 12,500', 'level', undefined], ['410', 'level', undefined]]);
    expect(readings('It operates 410 stores in 38 states.')).toEqual([['410', 'level', undefined], ['38', undefined, undefined]]);
  });

  it('says nothing of a count whose word before says neither', () => {
    expect(readings('At least 40 people were killed.')).toEqual([['At least 40', undefined, undefined]]);
  });
});

describe('what a measure in a claim is', () => {
  const readings = (sentence: string) => quantityViews(sentence, extractQuantities(sentence, 0), words(sentence)).map((v) => [v.quantity.text, v.reading, v.direction]);

  it('takes a measure something moved by for a change, and the size of a thing for a level', () => {
    expect(readings('The level of the reservoir had risen 4.6 metres in 48 hours.')).toEqual([['4.6 metres', 'change', 'up'], ['48 hours', undefined, undefined]]);
    expect(readings('The dam, a 22-metre embankment, was built for irrigation.')).toEqual([['22-metre', 'level', undefined]]);
    expect(readings('Floodwater reached 1.8 metres in the streets.')).toEqual([['1.8 metres', undefined, undefined]]);
  });
});

describe('what a percentage in a claim is', () => {
  const readings = (sentence: string) => quantityViews(sentence, extractQuantities(sentence, 0), words(sentence)).map((v) => [v.quantity.text, v.reading]);

  it('takes where a change ended or began for a level, and what it moved by for a change', () => {
    expect(readings('Annual inflation eased to 3.8% in May.')).toEqual([['3.8%', 'level']]);
    expect(readings('Inflation fell to 3.9 percent in May, down from 4.4 percent a month earlier.')).toEqual([['3.9 percent', 'level'], ['4.4 percent', 'level']]);
    expect(readings('Gross domestic product grew 2.1% in the first quarter.')).toEqual([['2.1%', 'change']]);
  });

  it('takes a share of something for a level and a percentage before a comparative for a change', () => {
    expect(readings('Only 1% of requests time out.')).toEqual([['1%', 'level']]);
    expect(readings('Updates are on average 65% smaller than the full download.')).toEqual([['65%', 'change']]);
    expect(readings('Walkers were 23% less likely to die.')).toEqual([['23%', 'change']]);
  });

  it('takes the rate a thing grew at for a change, and both ends of a range of levels for levels', () => {
    expect(readings('The economy expanded at an annualized rate of 4.2 percent.')).toEqual([['4.2 percent', 'change']]);
    expect(readings('Mortgages were offered at a rate of 6.5%.')).toEqual([['6.5%', 'level']]);
    expect(readings('The Fed raised its rate to a range of between 0.50 percent and 0.75 percent.')).toEqual([['0.50 percent', 'level'], ['0.75 percent', 'level']]);
  });
});

describe('what a bulk amount in a claim measures', () => {
  it('takes what a ship or a truck carried for its load, not for what spilled from it, and keeps the people aboard a count of them', () => {
    expect(slots('The tanker was carrying about 84,000 tonnes of crude.')).toEqual([['about 84,000 tonnes', 'load']]);
    expect(slots('The ship had been laden with more than 600,000 barrels of oil.')).toEqual([['more than 600,000', 'load']]);
    expect(slots('Officials estimate that 8,000 tonnes of crude escaped.')).toEqual([['8,000 tonnes', 'other']]);
    expect(slots('The plane, carrying 150 passengers, crashed.')).toEqual([['150', 'other']]);
  });

  it('marks an average of many as a mean, and a figure told plainly as none', () => {
    const means = (sentence: string) => quantityViews(sentence, extractQuantities(sentence, 0), words(sentence)).map((v) => [v.quantity.text, v.mean ?? false]);
    expect(means('The figures show an average interruption of about 3 hours 10 minutes per customer.')).toEqual([['about 3 hours 10 minutes', true]]);
    expect(means('The adults were followed for an average of seven years.')).toEqual([['seven years', true]]);
    expect(means('Customers were without power for three hours on average.')).toEqual([['three hours', true]]);
    expect(means('The outage lasted about six hours.')).toEqual([['about six hours', false]]);
  });

  it('takes what a vessel, a hall, a tank or a substation may hold for its capacity, apart from what it held', () => {
    expect(slots('The depot has a capacity of 300,000 barrels.')).toEqual([['300,000', 'capacity']]);
    expect(slots('The ferry was licensed to carry 100 passengers.')).toEqual([['100', 'capacity']]);
    expect(slots('The vessel had been licensed for 120 passengers.')).toEqual([['120', 'capacity']]);
    expect(slots('The new hall can hold 6,000 people.')).toEqual([['6,000', 'capacity']]);
    expect(slots('The tanker, which has a deadweight of 105,000 tonnes, was damaged.')).toEqual([['105,000 tonnes', 'capacity']]);
    expect(slots('The shelter has room for 400 people.')).toEqual([['400', 'capacity']]);
    expect(slots('The substation can handle up to 1,200 megawatts.')).toEqual([['up to 1,200 megawatts', 'capacity']]);
    expect(slots('The fire disconnected approximately 850 MW of load.')).toEqual([['approximately 850 MW', 'other']]);
    expect(slots('The ferry, carrying about 150 passengers, overturned.')).toEqual([['about 150', 'other']]);
    expect(slots('Police allowed 300 people to enter the square.')).toEqual([['300', 'other']]);
  });
});

describe('what a figure is said to be of', () => {
  const named = (sentence: string) => quantityViews(sentence, extractQuantities(sentence, 0), words(sentence)).map((v) => [v.quantity.text, v.of ?? null]);

  it('is the noun right before "of" for a sum, a percentage or a measure, one for the words that mean the same', () => {
    expect(named('The filing lists debts of about $2.3 billion and assets of $1.9 billion.')).toEqual([['about $2.3 billion', 'debt'], ['$1.9 billion', 'asset']]);
    expect(named('The bank forecast growth of 1.5% next year.')).toEqual([['1.5%', 'growth']]);
    expect(named('The company reported liabilities of $400 million.')).toEqual([['$400 million', 'debt']]);
  });

  it('is nothing for a noun that only holds the figure, for a figure not right after "of", and for a count', () => {
    expect(named('The bill came to a total of $2.3 billion.')).toEqual([['$2.3 billion', null]]);
    expect(named('Debts of the group, about $2.3 billion, were listed.')).toEqual([['about $2.3 billion', null]]);
    expect(named('A crowd of 14,800 packed the arena.')).toEqual([['14,800', null]]);
  });
});

describe('which way a percentage moved', () => {
  const ways = (sentence: string) => quantityViews(sentence, extractQuantities(sentence, 0), words(sentence)).map((v) => [v.quantity.text, v.direction ?? null]);

  it('is read from the verb before it or the noun after it, and only for a change', () => {
    expect(ways('Its shares have lost more than 80% of their value.')).toEqual([['more than 80%', 'down']]);
    expect(ways('Shares jumped 41% on their first day.')).toEqual([['41%', 'up']]);
    expect(ways('Workers won a 12% rise.')).toEqual([['12%', 'up']]);
    expect(ways('Sales fell 14% to $3.1 billion.')).toEqual([['14%', 'down'], ['$3.1 billion', null]]);
    expect(ways('The party won 37% of the vote.')).toEqual([['37%', null]]);
  });
});
