/**
 * Place data that complements the country list: demonyms (which name the country in "Russian
 * military police"), and major cities and regions that are not national capitals.
 */

/** Country name as countries-list spells it, then its demonyms and extra short forms. */
export const DEMONYMS: string[][] = [
  ['United States', 'American', 'Americans', 'U.S.', 'U.S.A.', 'United States of America', 'the States'],
  ['United Kingdom', 'British', 'Briton', 'Britons', 'Britain', 'Great Britain', 'UK', 'U.K.'],
  ['Russia', 'Russian', 'Russians'], ['China', 'Chinese', 'PRC'], ['Japan', 'Japanese'],
  ['Germany', 'German', 'Germans'], ['France', 'French'], ['Italy', 'Italian', 'Italians'],
  ['Spain', 'Spanish', 'Spaniard', 'Spaniards'], ['Portugal', 'Portuguese'],
  ['Netherlands', 'Dutch', 'Holland'], ['Belgium', 'Belgian', 'Belgians'],
  ['Switzerland', 'Swiss'], ['Austria', 'Austrian', 'Austrians'], ['Poland', 'Polish', 'Pole', 'Poles'],
  ['Ukraine', 'Ukrainian', 'Ukrainians'], ['Belarus', 'Belarusian', 'Belarusians'],
  ['Sweden', 'Swedish', 'Swede', 'Swedes'], ['Norway', 'Norwegian', 'Norwegians'],
  ['Denmark', 'Danish', 'Dane', 'Danes'], ['Finland', 'Finnish', 'Finn', 'Finns'],
  ['Ireland', 'Irish'], ['Greece', 'Greek', 'Greeks'], ['Turkey', 'Turkish', 'Turk', 'Turks', 'Türkiye'],
  ['Hungary', 'Hungarian', 'Hungarians'], ['Czechia', 'Czech', 'Czechs', 'Czech Republic'],
  ['Slovakia', 'Slovak', 'Slovaks'], ['Romania', 'Romanian', 'Romanians'], ['Bulgaria', 'Bulgarian', 'Bulgarians'],
  ['Serbia', 'Serbian', 'Serb', 'Serbs'], ['Croatia', 'Croatian', 'Croat', 'Croats'],
  ['Georgia', 'Georgian', 'Georgians'], ['Armenia', 'Armenian', 'Armenians'],
  ['Azerbaijan', 'Azerbaijani', 'Azerbaijanis', 'Azeri'], ['Kazakhstan', 'Kazakh', 'Kazakhs'],
  ['Uzbekistan', 'Uzbek', 'Uzbeks'], ['Moldova', 'Moldovan'], ['Estonia', 'Estonian'],
  ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'], ['Syria', 'Syrian', 'Syrians'],
  ['Iraq', 'Iraqi', 'Iraqis'], ['Iran', 'Iranian', 'Iranians', 'Persia'], ['Israel', 'Israeli', 'Israelis'],
  ['Palestine', 'Palestinian', 'Palestinians', 'Palestinian Territories'], ['Jordan', 'Jordanian', 'Jordanians'],
  ['Lebanon', 'Lebanese'], ['Egypt', 'Egyptian', 'Egyptians'], ['Saudi Arabia', 'Saudi', 'Saudis'],
  ['Yemen', 'Yemeni', 'Yemenis'], ['Qatar', 'Qatari'], ['United Arab Emirates', 'Emirati', 'UAE'],
  ['Kuwait', 'Kuwaiti'], ['Oman', 'Omani'], ['Bahrain', 'Bahraini'], ['Libya', 'Libyan', 'Libyans'],
  ['Tunisia', 'Tunisian'], ['Algeria', 'Algerian', 'Algerians'], ['Morocco', 'Moroccan', 'Moroccans'],
  ['Sudan', 'Sudanese'], ['Ethiopia', 'Ethiopian', 'Ethiopians'], ['Somalia', 'Somali', 'Somalis'],
  ['Kenya', 'Kenyan', 'Kenyans'], ['Nigeria', 'Nigerian', 'Nigerians'], ['Ghana', 'Ghanaian'],
  ['South Africa', 'South African', 'South Africans'], ['Afghanistan', 'Afghan', 'Afghans'],
  ['Pakistan', 'Pakistani', 'Pakistanis'], ['India', 'Indian', 'Indians'], ['Bangladesh', 'Bangladeshi'],
  ['Sri Lanka', 'Sri Lankan'], ['Nepal', 'Nepali', 'Nepalese'], ['Myanmar', 'Burmese', 'Burma'],
  ['Thailand', 'Thai'], ['Vietnam', 'Vietnamese', 'Viet Nam'], ['Cambodia', 'Cambodian'],
  ['Malaysia', 'Malaysian'], ['Singapore', 'Singaporean'], ['Indonesia', 'Indonesian', 'Indonesians'],
  ['Philippines', 'Filipino', 'Filipinos', 'Philippine'], ['South Korea', 'South Korean', 'South Koreans', 'Republic of Korea', 'ROK'],
  ['North Korea', 'North Korean', 'North Koreans', 'DPRK'], ['Mongolia', 'Mongolian'],
  ['Taiwan', 'Taiwanese'], ['Australia', 'Australian', 'Australians'], ['New Zealand', 'New Zealander', 'New Zealanders', 'NZ', 'N.Z.'],
  ['Canada', 'Canadian', 'Canadians'], ['Mexico', 'Mexican', 'Mexicans'], ['Cuba', 'Cuban', 'Cubans'],
  ['Venezuela', 'Venezuelan', 'Venezuelans'], ['Colombia', 'Colombian', 'Colombians'],
  ['Brazil', 'Brazilian', 'Brazilians'], ['Argentina', 'Argentine', 'Argentinian', 'Argentinians'],
  ['Chile', 'Chilean', 'Chileans'], ['Peru', 'Peruvian', 'Peruvians'], ['Bolivia', 'Bolivian'],
  ['Ecuador', 'Ecuadorian'], ['Uruguay', 'Uruguayan'], ['Paraguay', 'Paraguayan'],
];

/** A region's name, or its name then the other names it is written by. */
export const REGIONS: (string | string[])[] = [
  'Europe', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Asia', 'Central Asia',
  'South Asia', 'Southeast Asia', 'East Asia', 'Africa', 'North Africa', 'West Africa',
  'East Africa', 'Middle East', 'Near East', 'Gulf', 'Persian Gulf', 'Balkans', 'Caucasus',
  'Scandinavia', 'Latin America', 'South America', 'North America', 'Central America',
  ['Caribbean', 'Caribbean Sea'], ['Arctic', 'Arctic Ocean'], 'Antarctica', ['Pacific', 'Pacific Ocean'],
  ['Atlantic', 'Atlantic Ocean'], ['Mediterranean', 'Mediterranean Sea'], ['Baltic', 'Baltic Sea'],
  'Black Sea', 'Red Sea', 'South China Sea', 'Korean Peninsula', 'Crimea', 'Donbas', 'Donbass',
  'Donetsk', 'Luhansk', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Kashmir',
  'Kurdistan', 'Catalonia', 'Scotland', 'Wales', 'England', 'Northern Ireland', 'Siberia',
  'Chechnya', 'Tibet', 'Xinjiang', 'Hong Kong', 'Macau', 'Sinai', 'Idlib', 'Aleppo', 'Homs',
  'Raqqa', 'Mosul', 'Basra', 'Kirkuk',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana',
  'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri',
  'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia',
  'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'Bavaria', 'Silicon Valley',
  // Regions English news calls by their English names, and one-word regions the countries' list
  // gives in a spelling some dictionary also holds ("Tirol", "Toscana").
  ['Tyrol', 'Tirol'], ['Styria', 'Steiermark'], ['Carinthia', 'Kärnten'], ['Lower Austria', 'Niederösterreich'], ['Upper Austria', 'Oberösterreich'],
  ['Saxony', 'Sachsen'], ['Lower Saxony', 'Niedersachsen'], ['Thuringia', 'Thüringen'], ['Hesse', 'Hessen'], ['North Rhine-Westphalia', 'Nordrhein-Westfalen'],
  ['Tuscany', 'Toscana'], ['Lombardy', 'Lombardia'], ['Piedmont', 'Piemonte'], ['Sicily', 'Sicilia'], ['Sardinia', 'Sardegna'], ['Apulia', 'Puglia'], 'Lazio',
  ['Andalusia', 'Andalucía', 'Andalucia'], ['Castile and León', 'Castilla y León'], ['Brittany', 'Bretagne'], ['Normandy', 'Normandie'], 'Burgundy', 'Provence', 'Alsace',
  'Sichuan',
];

/** A city's name, or its name then the short forms it is written by. */
export const CITIES: (string | string[])[] = [
  'New York', ['New York City', 'NYC'], ['Los Angeles', 'L.A.'], 'Chicago', 'Houston', 'Philadelphia', 'Phoenix',
  'San Francisco', 'Seattle', 'Boston', 'Miami', 'Atlanta', 'Detroit', 'Dallas', 'Denver', 'Kansas City',
  ['St. Louis', 'St Louis', 'Saint Louis'],
  'Las Vegas', 'San Diego', 'Baltimore', 'Pittsburgh', 'Portland', 'Toronto', 'Montreal',
  'Vancouver', 'Hamburg', 'Munich', 'Frankfurt', 'Cologne', 'Stuttgart', 'Dusseldorf', 'Leipzig',
  'Dresden', 'Geneva', 'Zurich', 'Milan', 'Naples', 'Venice', 'Florence', 'Turin', 'Barcelona',
  'Seville', 'Valencia', 'Marseille', 'Lyon', 'Nice', 'Strasbourg', 'Manchester', 'Liverpool',
  'Birmingham', 'Glasgow', 'Edinburgh', 'Belfast', 'Rotterdam', 'Antwerp', 'St Petersburg',
  'Saint Petersburg', 'Sochi', 'Kazan', 'Novosibirsk', 'Yekaterinburg', 'Vladivostok', ['Kharkiv', 'Kharkov'],
  ['Kyiv', 'Kiev'], ['Odesa', 'Odessa'], ['Lviv', 'Lvov'], 'Mariupol', 'Sevastopol', 'Istanbul', 'Izmir', 'Jerusalem',
  'Tel Aviv', 'Haifa', 'Dubai', 'Abu Dhabi', ['Jeddah', 'Jiddah', 'Jedda'], 'Mecca', 'Medina', 'Alexandria',
  'Benghazi', 'Casablanca', 'Lagos', 'Johannesburg', 'Cape Town', 'Mumbai', 'Kolkata', 'Chennai',
  'Bangalore', 'Karachi', 'Lahore', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Wuhan', 'Chongqing',
  'Osaka', 'Kyoto', 'Hiroshima', 'Nagasaki', 'Busan', 'Pyongyang', 'Ho Chi Minh City', 'Sydney',
  'Melbourne', 'Brisbane', 'Perth', 'Auckland', 'Rio de Janeiro', 'Sao Paulo', 'Buenos Aires',
  'Astana', 'Almaty', 'Minsk', 'Davos', 'Camp David', 'Warsaw', 'Krakow', 'Gdansk',
];

/** The abbreviations of the United States' states that news writes after a town: "Asheville, N.C.", "Yorba Linda, Calif.". */
export const US_STATE_ABBREVIATIONS = new Set([
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Kans.', 'Ky.', 'La.',
  'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.',
  'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
]);
