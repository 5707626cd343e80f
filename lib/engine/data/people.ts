/**
 * Person cues for the gazetteer: titles that stand before a name, and common given names of many
 * languages (in the Latin spellings English-language news uses).
 */

/**
 * Titles written shortened with a full stop that wink ends a sentence after ("the Rev. Al
 * Sharpton", "Maj. Gen. Ali"); it knows "Gen." and "Sen." itself. nlp.ts reads their stop as a letter.
 */
export const SHORTENED_TITLES = ['Rev', 'Maj', 'Cpl', 'Pvt', 'Cmdr', 'Adm', 'Supt', 'Det', 'Insp', 'Msgr', 'Fr', 'Pres', 'Atty'];

export const TITLES = [
  'President', 'Vice President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister',
  'Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister',
  'Interior Minister', 'Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General',
  'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary', 'Press Secretary',
  'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Pope', 'Emperor', 'Emir',
  'Sheikh', 'Sultan', 'Senator', 'Sen', 'Rep', 'Representative', 'Congressman', 'Congresswoman',
  'Governor', 'Gov', 'Mayor', 'General', 'Gen', 'Colonel', 'Col', 'Lt', 'Lieutenant', 'Major',
  'Captain', 'Capt', 'Admiral', 'Sergeant', 'Sgt', 'Commander', 'Marshal', 'Judge', 'Justice',
  'Chief Justice', 'Attorney General', 'Ambassador', 'Envoy', 'Special Envoy', 'Special Representative',
  'Adviser', 'Advisor', 'National Security Adviser', 'National Security Advisor', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Chief',
  'Chief Executive', 'Leader', 'Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Sir', 'Dame', 'Lord', 'Lady',
  'Professor', 'Prof', 'Reverend', 'Father', 'Bishop', 'Archbishop', 'Cardinal', 'Rabbi',
  'Imam', 'Ayatollah', 'Premier', 'Speaker', 'Commissioner', 'Deputy', 'Chief of Staff', 'First Lady',
  'Detective', 'Inspector', 'Officer', 'Coach', 'Saint', 'St', 'Corporal', 'Superintendent',
  ...SHORTENED_TITLES,
];

/**
 * Lowercase nouns of role and kinship that name the person right after them ("opposition leader
 * Morgan Tsvangirai", "his wife Grace") or set off by commas ("the priest, Fidelis Mukonori,").
 */
export const ROLE_NOUNS = new Set(`
  leader chief minister secretary spokesman spokeswoman spokesperson president premier chancellor
  governor mayor senator lawmaker legislator congressman congresswoman official officer director
  chairman chairwoman commander general colonel ambassador envoy adviser advisor aide lawyer attorney
  prosecutor judge priest pastor bishop cleric imam rabbi analyst economist professor researcher
  scientist journalist reporter correspondent editor columnist author novelist actor actress singer
  coach founder executive candidate activist campaigner dissident commentator historian diplomat
  negotiator mediator rapper footballer striker midfielder goalkeeper chef
  wife husband son daughter brother sister mother father widow widower uncle aunt nephew niece cousin
`.trim().split(/\s+/));

export const GIVEN_NAMES = `
aaron abdul abdullah abe abigail abraham adam adrian ahmad ahmed aisha alan albert alberto alejandro
aleksandr aleksei alex alexander alexandra alexei alexey ali alice alicia alison amanda amber amy ana
anatoly andrea andreas andrei andrew andrey andrzej angela angelina angelo ann anna anne annie
anthony antonio antony arnold arthur ashley ashraf barack barbara barry bashar ben benjamin bernard
bernie beth betsy bill billy bob bobby boris brad brandon brian bruce bruno carl carla carlos
carmen caroline catherine charles charlie charlotte chris christian christina christine christopher
chuck claire claude claudia colin craig cynthia dan daniel daniela danny david dean deborah denis
dennis diana diane dick dmitri dmitry dmitriy donald donna doug douglas ed eddie edward elena eli
elizabeth ellen emily emma emmanuel enrique eric erica erik evgeny fatima felipe fernando francesco
francis francisco frank franz fred friedrich gabriel gary george georgios gerald gerhard giorgio
giuseppe gordon greg gregory hamid hans harold harrison harry hassan heather heinz helen helmut henry hillary
hiroshi hossein hugh hugo hussein ian igor ilya ivan jack jacob jacques james jamie jan jane janet jason
javier jean jeff jeffrey jennifer jeremy jerome jerry jessica jim jimmy joan joe joel johann john
johnny jon jonathan jorge jose joseph josh joshua juan judith julia julian julie justin kamala
karen karl kate katherine kathleen kathryn keith kelly ken kenneth kevin kim kirill klaus kurt
larry laura lauren lawrence lee leon leonid lewis linda lisa liz louis louise lucas luis luke lynn
mahmoud manuel marco margaret maria marie marina mario mark martin mary matt matthew maurice max
maxim megan melania melissa michael michel michelle miguel mike mikhail mitch mohamed mohammad
mohammed muhammad nancy natalia natalie nathan neil nicholas nick nicola nicolas nikita nikolai
nina noah norman olaf oleg olga oliver omar oscar pablo pamela patricia patrick paul paula pedro
peter petr petro philip phillip pierre rachel rafael ralph ramzan raul ray raymond recep rebecca
rex richard rick rob robert roberto robin roger roman ronald rosa ross ruth ryan said salman sam samantha
samuel sandra sara sarah scott sean sebastian serge sergei sergey sergio shinzo simon sophie
stanley stefan stephanie stephen steve steven sue susan sylvie tamara tatiana ted teresa theresa
thomas tim timothy tina todd tom tony tyler ursula valentina valery vanessa victor victoria
viktor vincent vladimir vladislav volodymyr walt walter wang wei whitney william xi yan yasser yevgeny yoshihide
yuri yury zhang zoe
`.trim().split(/\s+/);

/**
 * Family names that Chinese and Korean names put first ("Xi Jinping", "Kim Jong Un"): the most
 * common in their English romanisations.
 */
export const FAMILY_NAMES_FIRST = `
kim lee park choi jung moon yoon kang cho han shin lim ahn xi li wang zhang liu chen yang zhao
huang zhou wu xu sun hu zhu gao lin guo ma luo liang song zheng xie tang feng deng cao peng zeng
lu jiang cai ding wei pan du dai xia zhong tian ren fan fang shi yao tan jin kong hun wen yu
`.trim().split(/\s+/);

/** Oldest age a number set off after a name can give a person: "Kiprotich, 27, crossed the line", "the suspect, 28, was arrested". */
export const OLDEST_AGE = 120;
