/**
 * Well-known international organisations and institutions: canonical name, then the aliases and
 * abbreviations news text uses for it.
 */
export const ORGANIZATIONS: string[][] = [
  ['United Nations', 'UN', 'U.N.'],
  ['United Nations Security Council', 'UN Security Council', 'U.N. Security Council', 'UNSC', 'Security Council'],
  ['United Nations General Assembly', 'UN General Assembly', 'UNGA'],
  ['North Atlantic Treaty Organization', 'NATO', 'North Atlantic Treaty Organisation'],
  ['European Union', 'EU', 'E.U.'],
  ['European Commission', 'EC'],
  ['European Parliament'],
  ['European Central Bank', 'ECB'],
  ['Group of 20', 'G20', 'G-20', 'Group of Twenty'],
  ['Group of 7', 'G7', 'G-7', 'Group of Seven'],
  ['Group of 8', 'G8', 'G-8', 'Group of Eight'],
  ['BRICS'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['African Union', 'AU'],
  ['Arab League', 'League of Arab States'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['Organization for Security and Co-operation in Europe', 'OSCE', 'Organization for Security and Cooperation in Europe'],
  ['Organisation for Economic Co-operation and Development', 'OECD', 'Organisation for Economic Cooperation and Development', 'Organization for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO', 'World Trade Organisation'],
  ['World Health Organization', 'WHO', 'World Health Organisation', 'UN health agency'],
  ['International Atomic Energy Agency', 'IAEA', 'UN nuclear watchdog', 'UN atomic watchdog'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ['Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization'],
  ['Commonwealth of Independent States', 'CIS'],
  ['Collective Security Treaty Organization', 'CSTO'],
  ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh'],
  ['Al-Qaeda', 'al-Qaida', 'Al Qaeda'],
  ['Hezbollah', 'Hizbollah'],
  ['Hamas'],
  ['Taliban'],
  ['White House'],
  ['Kremlin'],
  ['Pentagon'],
  ['State Department', 'US State Department', 'U.S. State Department', 'Department of State', 'US Department of State'],
  ['United States Congress', 'Congress', 'US Congress', 'U.S. Congress'],
  ['United States Senate', 'Senate', 'US Senate', 'U.S. Senate'],
  ['House of Representatives'],
  ['House of Commons'], ['House of Lords'],
  ['Nasdaq'], ['New York Stock Exchange', 'NYSE'],
  ['Federal Bureau of Investigation', 'FBI'],
  ['Central Intelligence Agency', 'CIA'],
  ['National Security Agency', 'NSA'],
  ['Federal Reserve', 'Fed'],
  ['Supreme Court'],
  ['Bundestag'],
  ['Duma', 'State Duma'],
  ['Federal Security Service', 'FSB'],
  ['Foreign Ministry', 'Ministry of Foreign Affairs'],
  ['Reuters'],
  ['Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP'],
  ['BBC', 'British Broadcasting Corporation'],
  ['CNN'],
  ['Sputnik'],
  ['TASS'],
  ['RIA Novosti'],
  ['Radio Free Europe', 'Radio Free Europe/Radio Liberty', 'RFE/RL'],
  ['Gazprom'], ['Rosneft'],
  // US federal agencies, other national bodies and NGOs that news names by a bare word or an
  // abbreviation, which carry no organisation's word a rule could read.
  ['Centers for Disease Control and Prevention', 'CDC'],
  ['Food and Drug Administration', 'FDA'],
  ['Securities and Exchange Commission', 'SEC'],
  ['Environmental Protection Agency', 'EPA'],
  ['Internal Revenue Service', 'IRS'],
  ['Federal Trade Commission', 'FTC'],
  ['Federal Communications Commission', 'FCC'],
  ['Federal Emergency Management Agency', 'FEMA'],
  ['Federal Aviation Administration', 'FAA'],
  ['National Transportation Safety Board', 'NTSB'],
  ['National Highway Traffic Safety Administration', 'NHTSA'],
  ['National Oceanic and Atmospheric Administration', 'NOAA'],
  ['National Weather Service', 'NWS'],
  ['National Hurricane Center'],
  ['California Department of Forestry and Fire Protection', 'Cal Fire', 'CAL FIRE'],
  ['Department of Health and Human Services', 'HHS'],
  ['Department of Homeland Security', 'DHS', 'Homeland Security'],
  ['Justice Department', 'Department of Justice', 'DOJ'],
  ['National Aeronautics and Space Administration', 'NASA'],
  ['Roscosmos'],
  ['European Space Agency'],
  ['Japan Aerospace Exploration Agency', 'JAXA'],
  ['Indian Space Research Organisation', 'ISRO'],
  ['China National Space Administration', 'CNSA'],
  ['National Health Service', 'NHS'],
  ['Bank of England', 'BoE'],
  ['Bank of Japan', 'BOJ'],
  ['Metropolitan Police', 'Scotland Yard', 'Met Police'],
  ['Interpol'], ['Europol'],
  ['UNICEF', "UN children's agency", "UN children's fund"], ['UNESCO'],
  ['UN Refugee Agency', 'UNHCR', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees', 'U.N. High Commissioner for Refugees', 'UN refugee agency'],
  ['International Organization for Migration', 'IOM', 'International Organisation for Migration', 'UN migration agency'],
  ['World Food Programme', 'WFP', 'World Food Program', 'UN food agency'],
  ['Amnesty International', 'Amnesty'],
  ['Human Rights Watch'],
  ['Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'],
  ['Greenpeace'],
  // Sports bodies.
  ['FIFA'], ['UEFA'],
  ['International Olympic Committee', 'IOC'],
  ['World Anti-Doping Agency', 'WADA'],
  ['National Football League', 'NFL'],
  ['National Basketball Association', 'NBA'],
  ['Major League Baseball', 'MLB'],
  ['National Hockey League', 'NHL'],
  ['Paris Saint-Germain', 'PSG'],
  ['NCAA'],
  // Media groups and outlets cited by name alone ("Bloomberg reported").
  ['Bloomberg', 'Bloomberg News'],
  ['Fox News'], ['MSNBC'], ['NBC', 'NBC News'], ['CBS', 'CBS News'], ['NPR'],
  ['Al Jazeera'], ['Politico'], ['Axios'], ['Xinhua'], ['Kyodo'], ['Yonhap'], ['Interfax'],
  ['Israel Hayom'], ['Haaretz'], ['Guardian', 'The Guardian'], ['Le Monde'], ['Der Spiegel'], ['Deutsche Welle', 'DW'],
  ['Netflix'], ['Disney', 'Walt Disney', 'Walt Disney Co'], ['Comcast'], ['Warner Bros', 'Warner Bros.', 'Warner Bros. Discovery'],
  ['Paramount'], ['Spotify'],
  // The largest listed companies and those most in the news, named by one word or a name of
  // people's names ("Morgan Stanley", "Eli Lilly") that no rule tells from a person's.
  ['Google'], ['Alphabet'], ['Apple'], ['Microsoft'], ['Amazon', 'Amazon.com'], ['Facebook'], ['Twitter'], ['Meta'],
  ['Instagram'], ['WhatsApp'], ['YouTube'], ['TikTok', 'ByteDance'], ['Snapchat'],
  ['Nvidia'], ['Intel'], ['AMD'], ['IBM'], ['Oracle'], ['Cisco'], ['Qualcomm'], ['Salesforce'],
  ['Adobe'], ['Dell'], ['HP'], ['Samsung'], ['Sony'], ['Huawei'], ['Xiaomi'], ['Alibaba', 'Alibaba Group'],
  ['Tencent'], ['Baidu'], ['TSMC'], ['ASML'], ['Foxconn'], ['OpenAI'], ['Uber'], ['Lyft'], ['Airbnb'],
  ['PayPal'], ['Yahoo'], ['LinkedIn'], ['SpaceX'],
  ['Verizon'], ['AT&T'], ['T-Mobile'], ['Vodafone'], ['Nokia'], ['Ericsson'],
  ['Walmart', 'Wal-Mart'], ['Costco'], ['Kroger'], ['Home Depot'], ['IKEA'], ['Tesco'], ['Carrefour'],
  ['Aldi'], ['Starbucks'], ['Nike'], ['Adidas'], ['Coca-Cola'], ['PepsiCo', 'Pepsi'], ['Nestlé', 'Nestle'],
  ['Unilever'], ['Procter & Gamble', 'P&G'],
  ['Pfizer'], ['Moderna'], ['BioNTech'], ['AstraZeneca'], ['Johnson & Johnson', 'J&J'], ['Merck'],
  ['Novartis'], ['Roche'], ['Sanofi'], ['GSK', 'GlaxoSmithKline'], ['Eli Lilly'], ['Bayer'],
  ['Novo Nordisk'], ['AbbVie'], ['Gilead'],
  ['Toyota'], ['Volkswagen', 'VW'], ['General Motors', 'GM'], ['Ford Motor', 'Ford Motor Co'], ['Stellantis'],
  ['Honda'], ['Nissan'], ['Hyundai'], ['BMW'], ['Mercedes-Benz'], ['Tesla'], ['Renault'], ['Volvo'],
  ['BYD'], ['Boeing'], ['Airbus'], ['Lockheed Martin', 'Lockheed'], ['Raytheon'], ['Northrop Grumman'],
  ['General Electric', 'GE'], ['Siemens'], ['Honeywell'], ['3M'],
  ['Exxon Mobil', 'ExxonMobil', 'Exxon'], ['Chevron'], ['BP'], ['Shell plc', 'Royal Dutch Shell'], ['TotalEnergies'], ['Saudi Aramco', 'Aramco'],
  ['JPMorgan Chase', 'JPMorgan', 'JP Morgan'], ['Goldman Sachs'], ['Morgan Stanley'], ['Citigroup', 'Citi'],
  ['Wells Fargo'], ['BlackRock'], ['HSBC'], ['Barclays'], ['UBS'], ['Credit Suisse'], ['BNP Paribas'],
  ['Mastercard'], ['Berkshire Hathaway'],
  ['Delta Air Lines', 'Delta Airlines'], ['United Airlines'], ['American Airlines'], ['Lufthansa'],
  ['Ryanair'], ['easyJet'], ['Qantas'],
];

/**
 * Legal forms that end a company's full name and that the article drops after the first mention:
 * "Brightwater Energy Inc" is "Brightwater Energy" further down, and in other outlets' reports.
 */
export const COMPANY_DESIGNATORS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'group', 'holdings',
  'sa', 'ag', 'nv', 'se', 'gmbh', 'spa', 'ab', 'asa', 'oyj', 'holding',
]);

/**
 * A sports club's form written before its name ("SV Rotheneck", "VfL Wolfsburg", "PSV
 * Eindhoven"), as it is written, and the words that end a club's name in English ("Leeds United",
 * "Castlebridge Athletic"): the article calls the club by its name alone further down.
 */
export const CLUB_FORMS = new Set(['SV', 'FC', 'AFC', 'SC', 'VfB', 'VfL', 'TSV', 'FSV', 'TSG', 'RB', 'CF', 'CD', 'UD', 'SD', 'RC', 'PSV', 'SK', 'BK', 'FK', 'NK', 'HNK', 'KV', 'KRC', 'RSC', 'OGC']);
export const CLUB_WORDS = new Set(['united', 'fc', 'afc', 'rovers', 'wanderers', 'athletic', 'athletics', 'albion', 'hotspur', 'rangers']);

/** What a party's members are called, which names the party: "the Social Democrats", "the Greens", "Republicans". */
export const PARTY_MEMBERS = new Set([
  'democrats', 'republicans', 'liberals', 'conservatives', 'greens', 'socialists', 'communists', 'nationalists',
  'tories', 'unionists', 'centrists', 'progressives', 'libertarians',
]);

/**
 * What a company does, ending its name ("Duke Energy", "Tesla Motors"), and dropped in its short
 * name: "Brightwater" for "Brightwater Energy", "Delta" for "Delta Air Lines".
 */
export const INDUSTRY_WORDS = new Set([
  'energy', 'power', 'oil', 'petroleum', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'pharmaceuticals',
  'therapeutics', 'biotech', 'industries', 'resources', 'mining', 'steel', 'chemicals', 'insurance', 'financial',
  'securities', 'capital', 'partners', 'investments', 'foods', 'brands', 'stores', 'labs', 'software', 'communications',
  'telecom', 'entertainment', 'studios', 'pictures', 'logistics', 'shipping', 'utilities', 'railways', 'electric',
  'semiconductor', 'semiconductors', 'media', 'networks', 'solutions', 'ventures', 'bancorp', 'research', 'analytics',
  'consulting', 'images', 'motor', 'platforms', 'electronics', 'automotive', 'market', 'markets', 'mobile', 'wireless',
  'biosciences', 'bioscience', 'biologics', 'biopharma', 'pharma', 'healthcare', 'diagnostics', 'genomics', 'aerospace', 'robotics',
  'rail', 'railroad', 'transit',
]);

/** Words that end an organisation's name: "Russian Embassy", "Ministry of Defence", "Bank of England", "Amnesty International". */
export const ORG_HEADS = new Set([
  'embassy', 'ministry', 'department', 'agency', 'council', 'commission', 'committee', 'court',
  'parliament', 'assembly', 'senate', 'congress', 'party', 'bank', 'fund', 'university', 'college',
  'institute', 'institution', 'foundation', 'association', 'union', 'organization', 'organisation',
  'corporation', 'corp', 'company', 'co', 'inc', 'ltd', 'llc', 'plc', 'group', 'army', 'navy',
  'force', 'forces', 'police', 'guard', 'office', 'service', 'services', 'administration',
  'government', 'mission', 'federation', 'league', 'network', 'times', 'post', 'journal', 'news',
  'press', 'tribune', 'herald', 'agency', 'authority', 'board', 'bureau', 'cabinet', 'directorate',
  'secretariat', 'alliance', 'coalition', 'front', 'movement', 'brigade', 'brigades', 'club',
  'school', 'hospital', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'media',
  'center', 'centre', 'centers', 'centres', 'institutes', 'laboratory', 'laboratories', 'observatory', 'survey', 'program', 'programme',
  'international', 'forum', 'society', 'academy', 'tribunal', 'chamber', 'caucus', 'consortium', 'fellowship', 'trust', 'charity',
  // Newspapers and universities named after their place: "China Daily", "Georgia Tech".
  'daily', 'gazette', 'chronicle', 'tech',
  // Sports clubs: "Leeds United", "Glasgow Rangers", "Tottenham Hotspur".
  ...CLUB_WORDS,
  ...COMPANY_DESIGNATORS,
  ...INDUSTRY_WORDS,
]);
