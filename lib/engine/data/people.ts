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
  'Detective', 'Inspector', 'Officer', 'Coach', 'Saint', 'St', 'Corporal', 'Superintendent', 'Sheriff',
  'District Attorney', 'Lieutenant Governor', 'Councilman', 'Councilwoman', 'Councillor', 'Prosecutor',
  'Administrator', 'Treasurer', 'Comptroller', 'Surgeon General', 'Solicitor General', 'Inspector General',
  'Executive Director', 'Managing Director',
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
  artist painter sculptor poet playwright composer musician photographer designer architect engineer
  physicist chemist biologist mathematician philosopher physician surgeon entrepreneur businessman
  businesswoman colleague
  wife husband son daughter brother sister mother father widow widower uncle aunt nephew niece cousin
`.trim().split(/\s+/));

/** Given names; the last line's are places' names too, read as given names only before a family name ("Israel Katz"). */
export const GIVEN_NAMES = `
aaron abdul abdullah abe abigail abraham adam adrian ahmad ahmed aisha akira alan albert alberto
alejandro aleksandar aleksandr aleksei alessandro alex alexander alexandra alexei alexey ali alice
alicia alison amanda amber amir amy ana anatoly anders andrea andreas andrei andres andrew andrey
andriy andrzej andy angela angelina angelo anil ann anna anne annie anthony antoine antonio antony
arjun arnold arthur ashley ashraf barack barbara barry bashar bella ben benjamin benoit bernard
bernie beth betsy betty bill billy bjorn bob bobby bonnie boris brad brandon brenda brett brian
brooke bruce bruno bryan caitlin calvin cameron carl carla carlo carlos carmen carol caroline
carolyn catalina catherine charles charlie charlotte cheryl chloe chris christian christie christina
christine christopher chuck cindy claire clara clarence claude claudia clint cody colin connor
courtney craig cristina curtis cynthia dale dan dana daniel daniela danny dario darren dave david
davide dawn dean debbie deborah denis dennis derek diana diane dick diego dimitri dmitri dmitriy
dmitry dmytro dominic dominique don donald donna doris doug douglas dustin dylan ed eddie edith
eduardo edward eileen elaine eleanor elena eli elif elijah elise elizabeth ella ellen elliot elon
emily emma emmanuel emre enrique enzo eric erica erik esteban ethan eugene evan evelyn evgeny fabio
farid fatima federico felipe fernando fiona florian floyd frances francesco francis francisco
francois frank franz fred friedrich gabriel gabriela gail gary gavin gene geoffrey george georgios
gerald gerard gerhard gilles gina giorgia giorgio giovanni giuseppe glenn gloria gordon greg gregory
gretchen gustavo hakeem hamid hamza hannah hans harold harrison harry haruki harvey hassan hayley
heather heidi heinz helen helmut henry herbert hideki hillary hiroshi holly hossein howard hugh hugo
hunter hussein ian ibrahim ignacio igor ilhan ilya imran ines irene isaac isabel isabella ismail
ivan ivanka jacinda jack jackie jacob jacques jair jake jamal james jamie jan jane janet jared
jasmine jason javier jay jean jeff jeffrey jenna jennifer jenny jens jeremy jerome jerry jesse
jessica jill jim jimmy joachim joan joanna joao jodie joe joel johann john johnny jon jonathan jorg
jorge jose joseph josh joshua joyce juan judith judy julia julian julie julien jurgen justin justine
kamala karen karine karl kate katherine kathleen kathryn kay keir keith kelly kellyanne ken kendall
kenji kenneth ketanji kevin khalid kim kirill kirsten klaus kristen kristi kurt kyle lance lara
larry lars laura lauren lawrence leah lee leila leon leonard leonid leslie lewis lily linda lindsey
lisa liz lloyd logan lorenzo lorraine louis louise luca lucas lucia lucy luigi luis luiz luke lydia
lynn madeleine maggie magnus mahmoud malcolm mandy manuel marc marcel marco marcus margaret maria
mariana marie marilyn marina mario marjorie mark martha martin marty marvin mary mason mateo matt
matteo matthew maureen maurice max maxim maxine megan mehmet melania melissa mia michael michel
michelle miguel mike mikhail mikko miles mitch mohamed mohammad mohammed molly monica morgan
muhammad mustafa nadia nancy naomi narendra nasser natalia natalie nathan nayib neil nelson nicholas
nick nicola nicolas nicole nigel nikita nikki nikolai nina noah noel nora norman novak olaf oleg
oleksandr olga oliver olivia omar oscar owen pablo paige pamela pascal patrice patricia patrick paul
paula pavel pedro penny pete peter petr petro phil philip phillip phoebe pierre priscilla quentin
rachel rafael rahul rajesh ralph ramon ramzan randy raphael rashida raul ray raymond rebecca recep
reggie rex reza rhonda ricardo richard rick ricky rishi rita rob robert roberto robin rodney rodrigo
roger roman ron ronald ronnie rory rosa ross roy ruby rudy rui russell ruth ryan sabrina said sally
salman sam samantha samir samuel sandra sandy sara sarah sasha scott sean sebastian selena serena
serge sergei sergey sergio seth shane shannon sharon shaun sheila shelby shinzo shirley sidney simon
sonia sophie stacey stanley stefan stefano stephanie stephen steve steven stuart sue susan sven
sylvia sylvie takeshi tamara tara tariq tatiana ted teresa terry tessa theo theresa thierry thomas
tiffany tim timothy tina tobias toby todd tom tomas tony tracy travis trevor troy tulsi tyler ulrich
ursula valentin valentina valerie valery vanessa vera vicky victor victoria vikram viktor vincent
vitaly vivek vivian vladimir vladislav volker volodymyr wade wallace walt walter wang warren wayne
wei wendy wesley whitney william wolfgang xavier xi yan yasmin yasser yevgeny yoshihide youssef yuki
yulia yuri yury yusuf yvonne zach zachary zhang zoe zoran
chad chelsea florence georgia israel jordan keisuke nikola paris sofia
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
