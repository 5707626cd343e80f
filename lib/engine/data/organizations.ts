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
  ['Organisation for Economic Co-operation and Development', 'OECD'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO', 'World Trade Organisation'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
  ['International Atomic Energy Agency', 'IAEA'],
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
  ['Google'], ['Apple'], ['Microsoft'], ['Amazon'], ['Facebook'], ['Twitter'], ['Meta'],
  ['Gazprom'], ['Rosneft'],
];

/**
 * Legal forms that end a company's full name and that the article drops after the first mention:
 * "Brightwater Energy Inc" is "Brightwater Energy" further down, and in other outlets' reports.
 */
export const COMPANY_DESIGNATORS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'group', 'holdings',
  'sa', 'ag', 'nv', 'se', 'gmbh', 'spa', 'ab', 'asa', 'oyj',
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
  'semiconductor', 'semiconductors', 'media', 'networks', 'solutions', 'ventures', 'bancorp',
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
  'international',
  ...COMPANY_DESIGNATORS,
  ...INDUSTRY_WORDS,
]);
