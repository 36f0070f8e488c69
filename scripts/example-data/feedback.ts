/**
 * The example city's feedback, as a model: how much each theme hears in a month and season,
 * what kind of feedback it is, through which channels, and the residents' own words.
 * scripts/generate-example.ts draws data/feedback/*.csv from it with a seeded random source.
 *
 * To add a column to the feedback files: add the field to src/schemas/feedback.ts, give drawn
 * rows their value in scripts/generate-example.ts (`dailyFeedback`, or a default where rows
 * get their ids) and hand-written rows theirs in HAND_WRITTEN below, add its Finnish header to
 * FINNISH_HEADERS, and run `npm run generate-example`.
 */
import type { CHANNELS, FEEDBACK_TYPES } from '../../src/schemas/feedback.ts';

export type FeedbackType = (typeof FEEDBACK_TYPES)[number];
export type Channel = (typeof CHANNELS)[number];

/** The first and last day of feedback in the example. */
export const FEEDBACK_FROM = '2023-09-01';
export const FEEDBACK_TO = '2026-11-22';

/** Words that `{slot}` in a text is filled with, one drawn at random each time. */
export const SLOTS: Record<string, readonly string[]> = {
  koulussa: [
    'Kirkonkylän koulussa',
    'Rantakylän koulussa',
    'Harjun yhtenäiskoulussa',
    'Myllymäen koulussa',
    'Pappilan koulussa',
    'Keskustan koulussa',
    'Kankaan koulussa',
    'Kuusijärven yläkoulussa',
  ],
  katu: [
    'Torikatu',
    'Koulukatu',
    'Asemakatu',
    'Myllytie',
    'Pappilantie',
    'Harjunrinne',
    'Kuusikuja',
    'Rantakyläntie',
    'Kangasvuorentie',
    'Saunaniementie',
  ],
  kadulla: [
    'Torikadulla',
    'Koulukadulla',
    'Asemakadulla',
    'Myllytiellä',
    'Pappilantiellä',
    'Harjunrinteellä',
    'Kuusikujalla',
    'Rantakyläntiellä',
    'Kangasvuorentiellä',
    'Saunaniementiellä',
  ],
  puisto: [
    'Pappilanpuisto',
    'Keskuspuisto',
    'Rantapuisto',
    'Torin leikkipaikka',
    'Myllymäen leikkipuisto',
    'Harjun koirapuisto',
    'Kirkkopuisto',
  ],
  puistossa: [
    'Pappilanpuistossa',
    'Keskuspuistossa',
    'Rantapuistossa',
    'Torin leikkipaikalla',
    'Myllymäen leikkipuistossa',
    'Kirkkopuistossa',
    'Kangaspuistossa',
  ],
  alueella: [
    'Harjussa',
    'Rantakylässä',
    'Myllymäessä',
    'Kankaalla',
    'Pappilassa',
    'Kirkonkylässä',
    'keskustassa',
    'Saunaniemessä',
  ],
  kirjastossa: [
    'Keskustan kirjastossa',
    'Rantakylän kirjastossa',
    'Harjun kirjastossa',
    'pääkirjastossa',
    'kirjastoauto Kuuskessa',
  ],
  linja: ['1', '2', '3', '4', '5'],
  ruoka: [
    'kalapuikot',
    'lohikeitto',
    'makaronilaatikko',
    'pinaattiletut',
    'broileripasta',
    'kasvispyörykät',
    'jauhelihakeitto',
    'tortillat',
    'linssikeitto',
    'kalakeitto',
  ],
  nuorisotalossa: ['Kipinässä', 'Harjun Verstaksella', 'Rantakylän nuorisotilassa'],
  paivakodissa: [
    'Myllymäen päiväkodissa',
    'Pappilan päiväkodissa',
    'Harjun päiväkodissa',
    'Kirkonkylän päiväkodissa',
    'Rantakylän päiväkodissa',
    'Kankaan päiväkodissa',
  ],
  ranta: ['Kuusiniemen uimaranta', 'Rantapuiston uimaranta', 'Saunaniemen uimaranta', 'Harjunlammen uimapaikka'],
};

/**
 * The residents' words, by theme and type. `{slot}` is filled from SLOTS. A leading
 * `yyyy-mm-dd|` means the sentence only makes sense from that day on (it reacts to an action);
 * `|yyyy-mm-dd` at the end means until that day.
 */
export const TEXTS: Record<string, Record<FeedbackType, readonly string[]>> = {
  kouluruoka: {
    praise: [
      'Kiitos keittiön henkilökunnalle {koulussa}, ruoka on ollut tällä viikolla tosi hyvää.',
      'Lapsi kehui, että {ruoka} oli parasta koko syksynä.',
      'Hyvä että kasvisruoka on nyt joka päivä tarjolla, meidän nuori on syönyt koulussa paremmin.',
      '2024-01-08|Kiitos että lohikeitto palasi listalle! Koko luokka iloitsi.',
      'Ruokalan henkilökunta on aina ystävällinen ja muistaa allergiat.',
      '2025-03-14|Suosikkiruokaviikko oli mahtava idea, toivottavasti sama ensi vuonna.',
      '2024-08-12|Nyt ehtii oikeasti syödä, kun ruokailuvuoroja porrastettiin.',
    ],
    criticism: [
      'Ruoka loppuu {koulussa} usein ennen kuin viimeiset luokat pääsevät syömään.',
      '{ruoka} oli taas mautonta ja jäähtynyttä.',
      'Ruokailuun on aikaa vain kymmenen minuuttia, se ei riitä.|2024-08-12',
      'Kasvisruoka on monesti pelkkää keitettyä kasvista ilman mausteita.|2025-03-28',
      'Ruokalassa on niin kova meteli, ettei siellä jaksa olla.',
      'Laktoositon vaihtoehto puuttui tänään kokonaan.',
      'Lohikeitto on poistettu listalta, miksi?|2024-01-08',
      'Salaattipöydässä ei ollut mitään muuta kuin raastetta.',
    ],
    idea: [
      'Voisiko leipää olla tarjolla myös välipalalla iltapäiväkerhossa?',
      'Oppilaat voisivat äänestää yhden viikon ruokalistan.|2024-11-21',
      'Toivoisin enemmän kansainvälisiä ruokia, esimerkiksi currya tai tacoja.',
      'Jälkiruoka perjantaisin olisi kiva.',
      'Ruokalista voisi näkyä sovelluksessa, niin lapsen kanssa voisi katsoa sen etukäteen.|2024-08-26',
      'Voisiko ruokalaan saada ääntä vaimentavia levyjä?',
      'Hävikkiruokaa voisi myydä iltapäivisin edullisesti.',
    ],
    question: [
      'Miten erityisruokavaliosta ilmoitetaan uuden lukuvuoden alussa?',
      'Miksi {ruoka} on listalla niin harvoin?',
      'Mistä näkee ensi viikon ruokalistan?',
      'Voiko kasvisruoan valita ilman erillistä ilmoitusta?',
      'Kuka päättää kouluruoan ruokalistasta?',
    ],
  },
  lumityot: {
    praise: [
      'Kiitos aurauskuskille, {katu} oli aamulla siisti jo ennen seitsemää.',
      'Hiekoitus toimi tänä aamuna hyvin, pääsi turvallisesti kouluun.',
      '2023-12-01|Suojatiet oli avattu heti aurauksen jälkeen, iso kiitos.',
      'Pyörätie oli aurattu nopeasti, hienoa työtä.',
      '2024-11-29|Aurauskartta on hyvä, näkee suoraan milloin oma katu aurataan.',
      '2025-01-13|Nuoret kävivät luomassa lumet mummon pihasta, kiitos tästä palvelusta.',
    ],
    criticism: [
      '{katu} on aurattu vasta iltapäivällä, vaikka lunta tuli jo yöllä.',
      'Aura jätti taas ison vallin pihatielle.',
      'Jalkakäytävä {kadulla} on peilijäässä eikä hiekkaa näy missään.',
      'Suojatien kohdalla on metrin korkuinen lumivalli, rollaattorilla ei pääse yli.',
      'Bussipysäkki on lumen peitossa, bussiin noustaan hangesta.',
      'Pyörätie aurattiin, mutta aura heitti lumet takaisin pyörätielle.',
      'Koulureitti {alueella} oli aamulla auraamatta.',
      'Hiekoitushiekat ovat yhä kaduilla, pöly on hirveä.',
      'Aurausvalli tukkii näkyvyyden risteyksessä {kadulla}, vaarallista.',
    ],
    idea: [
      'Voisiko asuinkatujen aurausjärjestystä vaihdella, ettei sama katu ole aina viimeisenä?',
      'Lumet voisi ajaa pois keskustan kaduilta ennen kuin pysäköintipaikat täyttyvät.',
      'Ikäihmisille voisi järjestää apua pihojen lumitöihin.',
      'Hiekoituslaatikko {kadulla} mäen alle olisi tarpeen.',
      'Pyöräteiden harjasuolaus toimii muissa kaupungeissa, kokeilkaa täälläkin.|2024-05-23',
      'Aurauksen tilanne voisi näkyä kartalla verkossa.|2024-11-29',
    ],
    question: [
      'Missä järjestyksessä kadut aurataan?',
      'Kuka vastaa Kuusijärventien auraamisesta, kaupunki vai ELY?',
      'Kuuluuko tonttiliittymän valli kaupungin vai asukkaan poistettavaksi?',
      'Milloin {katu} aurataan? Lunta on jo 15 senttiä.',
      'Miksi pyörätie aurataan ennen jalkakäytävää?',
    ],
  },
  'kadut-ja-pyoratiet': {
    praise: [
      'Uusi korotettu suojatie koulun kohdalla on hyvä, autot hidastavat.',
      'Kiitos kun kuoppa {kadulla} paikattiin niin nopeasti.',
      'LED-valot ovat tehneet illasta paljon turvallisemman.',
      'Pyörätiet on merkitty selkeästi.',
    ],
    criticism: [
      'Kadulla {kadulla} on syvä kuoppa, joka on rikkonut jo kaksi rengasta.',
      'Katuvalo ei ole toiminut kahteen viikkoon {kadulla}.',
      'Autot ajavat {kadulla} ylinopeutta koulun kohdalla joka aamu.',
      'Pyörätie loppuu yhtäkkiä Harjuntien varressa.',
      'Katutyömaan kiertotie on merkitty huonosti.',
      'Liikennemerkki on kaatunut risteyksessä {kadulla}.',
      'Reunakivet ovat niin korkeita, ettei lastenvaunuilla pääse.',
    ],
    idea: [
      'Harjusta keskustaan tarvittaisiin yhtenäinen pyörätie.',
      'Kevyen liikenteen silta järven yli lyhentäisi matkaa paljon.',
      '30 km/h rajoitus kaikille asuinkaduille lisäisi turvallisuutta.',
      'Aseman pyörätelineet ovat aina täynnä, lisää paikkoja tarvitaan.',
      'Hidastetöyssy {kadulla} päiväkodin kohdalle.',
    ],
    question: [
      'Milloin {katu} päällystetään uudelleen?',
      'Kenelle ilmoitan rikkinäisestä katuvalosta?',
      'Miksi pyörätietä ei ole jatkettu Harjuun asti?',
      'Onko Koulukadulle tulossa suojatie?',
    ],
  },
  joukkoliikenne: {
    praise: [
      'Linjan {linja} kuljettajat ovat aina ystävällisiä.',
      '2025-08-11|Iltavuorot linjalle 3 ovat tosi hyvä juttu, pääsen harrastuksista kotiin.',
      'Uusi katos koulun pysäkillä on ollut sateella kova sana.',
    ],
    criticism: [
      'Linja {linja} oli taas myöhässä yli 15 minuuttia.',
      'Viimeinen bussi lähtee liian aikaisin, illalla ei pääse kotiin.',
      'Pysäkillä ei ole katosta eikä penkkiä.',
      'Koulukyyti jätti lapsen pysäkille, vaikka kyytiin olisi mahtunut.',
      'Aikataulu ei täsmää vaihtoon junalle.',
    ],
    idea: [
      'Linjalle 5 tarvittaisiin sunnuntaivuorot.',
      'Nuorille edullinen kesälippu!',
      'Keskustan pysäkeille näytöt, joista näkee bussin todellisen lähtöajan.',
      'Bussi voisi kulkea myös Kankaan uudelle alueelle.',
    ],
    question: [
      'Kuka päättää bussien aikatauluista?',
      'Milloin talvikauden aikataulut julkaistaan?',
      'Saako koulukuljetuksen, jos koulumatka on alle viisi kilometriä?',
    ],
  },
  puistot: {
    praise: [
      'Kiitos {puistossa} on ihanan siistiä ja nurmikko leikattu.',
      '2023-11-14|Keinut on korjattu, lapset ovat onnessaan.',
      '2024-09-06|Uusi koirapuisto Harjussa on loistava.',
      'Kukkaistutukset torilla ovat tänä kesänä upeat.',
      '2025-05-30|Uudet penkit kävelyreitillä ovat tervetulleita, pystyy levähtämään.',
    ],
    criticism: [
      'Keinut {puistossa} ovat olleet rikki jo kuukauden.',
      'Roska-astiat ovat täynnä ja roskia lentelee pitkin puistoa.',
      'Liukumäessä on terävä reuna, lapsi satutti kätensä.',
      'Nurmikkoa ei ole leikattu {puistossa} moneen viikkoon.',
      'Leikkipaikalla on rikottua lasia hiekkalaatikossa.',
      'Puistossa ei ole yhtään varjopaikkaa helteellä.',
      'Koirat juoksevat irti leikkipaikalla.',
    ],
    idea: [
      'Leikkipaikka, jossa myös pyörätuolilla liikkuva lapsi voi leikkiä.',
      'Rantapuistoon juomapiste!|2026-06-05',
      'Vesileikkipaikka olisi kesällä ihana.',
      'Lisää penkkejä kävelyreittien varrelle, vanhempi ihminen tarvitsee levähdyspaikkoja.',
      'Harjuun koirapuisto.|2024-09-06',
      'Puistoon voisi istuttaa hedelmäpuita.',
    ],
    question: [
      'Milloin {puisto} kunnostetaan?',
      'Kuka tarkastaa leikkivälineiden turvallisuuden?',
      'Saako puistoon järjestää pihakirppiksen?',
      'Miten ilmoitan rikkinäisestä leikkivälineestä?',
    ],
  },
  kirjastot: {
    praise: [
      'Kirjaston henkilökunta auttoi ystävällisesti e-kirjojen lainaamisessa.',
      '2024-09-01|Sunnuntaiaukiolo on mahtava, nyt ehtii perheen kanssa kirjastoon.',
      'Lasten satutunnit {kirjastossa} ovat ihania.',
      '2024-05-27|Omatoimikirjasto on kätevä, pääsee lainaamaan myös iltaisin.',
      'Hankintatoiveeni tilattiin nopeasti, kiitos.',
    ],
    criticism: [
      'Kirjasto on kiinni juuri silloin, kun töistä pääsee.',
      'Lukusalissa on niin rauhatonta, ettei siellä voi keskittyä.',
      'Varausjono uutuuskirjaan on yli sata henkeä.',
      'Kirjastoauto ei pysähdy enää meidän alueella.',
      'Ruotsinkielisiä lastenkirjoja on liian vähän.',
    ],
    idea: [
      'Kirjasto voisi olla auki sunnuntaisin.|2024-09-01',
      'Pelikerho nuorille kirjastoon.',
      'Etätyöpisteitä, joissa voi pitää videopuhelun.',
      'Kirjastoauto voisi käydä myös Kankaalla.|2024-10-07',
      'Harjun kirjasto voisi olla auki lauantaisin.',
    ],
    question: [
      'Miten saan kirjastokortin lapselle?',
      'Voiko kirjastosta lainata soittimia?',
      'Milloin kirjasto on auki joulun aikaan?',
      'Miten omatoimikirjastoon pääsee?',
    ],
  },
  liikuntapaikat: {
    praise: [
      'Ladut olivat viikonloppuna loistavassa kunnossa.',
      '2024-08-12|Aamu-uinti ennen töitä on parasta, kiitos että halli aukeaa jo kuudelta.',
      '2025-01-07|Seniorivuorot uimahallissa ovat meille tärkeitä.',
      'Kuusihallin kuntosali on siisti ja hyvin varusteltu.',
    ],
    criticism: [
      'Latu oli ajamatta koko viikonlopun.',
      'Uimahallin pukuhuoneet ovat likaiset.',
      'Kentän valot sammuvat liian aikaisin.',
      'Tekonurmi on Keskuskentällä kulunut puhki.',
      'Vuorojen jako suosii isoja seuroja.',
    ],
    idea: [
      'Valaistu latu Kankaalle.',
      'Ulkokuntosali Rantapuistoon.|2025-08-29',
      'Padel-kenttiä kaupungin puolesta.',
      'Uimahalli voisi aueta arkisin jo aamukuudelta.|2024-08-12',
    ],
    question: [
      'Onko latu {alueella} ajettu?',
      'Miten vuoroja haetaan Kuusihalliin?',
      'Onko uimahallissa senioreille alennusta?',
    ],
  },
  nuorisotilat: {
    praise: [
      'Ohjaajat {nuorisotalossa} on tosi hyviä tyyppejä.',
      '2024-01-12|Hyvä että Kipinä on auki myös viikonloppuna.',
      '2024-11-22|Bänditila on ihan paras, kiitos!',
    ],
    criticism: [
      'Nuorisotalo on kiinni perjantaisin, ei ole mitään paikkaa minne mennä.|2024-01-12',
      'Pelikoneet {nuorisotalossa} on rikki.',
      'Rantakylän nuorisotila on ankea ja vanha.',
      'Kankaalla ei ole yhtään paikkaa nuorille.',
    ],
    idea: [
      'Nuorisotaloon bänditila.|2024-11-22',
      'Skeittiparkkiin valot, että voi skeitata syksyllä.|2025-10-03',
      'Nuoret voisi itse suunnitella tilan sisustuksen.',
      'Kesäliput busseihin nuorille.',
      'Lisää tapahtumia nuorille keskustaan.',
    ],
    question: [
      'Milloin {nuorisotalossa} on tyttöjen ilta?',
      'Voiko nuorisotalon varata omaan tapahtumaan?',
      'Miten pääsee nuorisovaltuustoon?',
    ],
  },
  varhaiskasvatus: {
    praise: [
      'Kiitos {paivakodissa} lämpimästä vastaanotosta, lapsi on viihtynyt hyvin.',
      'Päiväkodin retkipäivät ovat olleet lapsen mielestä parhaita.',
      '2024-06-14|Päätös tuli sähköisesti nopeasti, helppoa.',
    ],
    criticism: [
      'Hoitopaikka osoitettiin kaukaa, vaikka kotia lähellä on päiväkoti.',
      'Päiväkodin pihalla ei ole varjoa ja helteellä lapset ovat auringossa.',
      'Henkilökunta vaihtuu jatkuvasti, lapsi ei ehdi kiintyä.',
      'Asiakasmaksun laskussa oli virhe.',
    ],
    idea: [
      'Pihalle aurinkopurje tai puita varjoksi.',
      'Vuorohoitoa myös Harjuun.',
      'Päiväkodin kuulumiset voisi jakaa sovelluksessa kuvien kanssa.',
    ],
    question: [
      'Milloin syksyn hoitopaikkapäätökset tulevat?',
      'Miten vaihdan toiseen päiväkotiin?',
      'Miten asiakasmaksu lasketaan?',
    ],
  },
  kulttuuri: {
    praise: [
      'Kesäkatu oli tänä vuonna paras ikinä.',
      'Museon näyttely vanhasta Kuusijärvestä oli koskettava.',
      '2025-12-06|Induktiosilmukka juhlassa toimi, kuulin ensimmäistä kertaa koko puheen.',
      'Kulttuuritalo Kajon lastenkonsertti oli upea.',
    ],
    criticism: [
      'Tapahtumista tiedotetaan liian myöhään.',
      'Itsenäisyyspäivän juhlassa ei kuullut takarivissä mitään.',
      'Kesäkadun ohjelma oli lähinnä lapsille.',
    ],
    idea: ['Nuorille oma lava kesäkadulle.', 'Museoon maksuton päivä kerran kuussa.', 'Ulkoleffailta Rantapuistoon.'],
    question: ['Miten kulttuuriavustusta haetaan?', 'Voiko kulttuuritalo Kajon salia vuokrata?'],
  },
  'ikaantyneiden-palvelut': {
    praise: [
      'Palvelukeskus Kuusikon tuolijumppa on viikon kohokohta.',
      '2024-03-05|Asiointibussi Kirkonkylästä on helpottanut arkea paljon.',
      '2025-09-01|Digiopastuksessa neuvottiin kärsivällisesti, nyt osaan käyttää pankkia.',
    ],
    criticism: [
      'Kotihoidon käynnit tulevat eri aikaan joka päivä.',
      'Asiointiliikenne ei kulje Kirkonkylästä.|2024-03-05',
      'Ateriapalvelun ruokalistaa ei pysty lukemaan, teksti on liian pientä.',
      'Terveysasemalle ei pääse ilman autoa.',
    ],
    idea: [
      'Kävelyreitille lisää penkkejä.',
      'Palvelukeskukseen digiopastusta useammin.',
      'Senioreille aamupäivävuoro uimahalliin.',
    ],
    question: [
      'Miten asiointiliikenteeseen ilmoittaudutaan?',
      'Mistä saa tietoa ateriapalvelusta?',
      'Kenen puoleen käännyn kotihoitoa koskevassa asiassa?',
    ],
  },
  asiointi: {
    praise: [
      'Asiointipisteessä neuvottiin nopeasti ja ystävällisesti.',
      '2024-04-02|Sain vastauksen palautteeseen kolmessa päivässä, kiitos.',
      'Chatissa vastattiin heti.',
    ],
    criticism: [
      'Palautteeseeni ei ole vastattu kuukauteen.',
      'Verkkosivuilta ei löydä mitään.',
      'Puhelimessa jonotin puoli tuntia.',
      'Tilavarausjärjestelmä kaatui kesken varauksen.',
      'Ruotsinkielistä tietoa ei löydy verkkosivuilta.',
    ],
    idea: [
      'Asiointipiste voisi olla auki yhtenä iltana viikossa.',
      'Lomakkeet myös selkokielellä.',
      'Kaikki kaupungin ajanvaraukset samaan paikkaan.',
    ],
    question: [
      'Mistä löydän kaupungin päätökset?',
      'Voiko asiointipisteessä tulostaa?',
      'Miten haen pysäköintitunnusta?',
    ],
  },
  ymparisto: {
    praise: [
      'Rantareitti on kaunis ja siisti, kiitos.',
      '2024-06-28|Hyvä että sinilevätilanne näkyy nettisivuilla.',
      'Vieraslajitalkoot olivat mukava tapa tutustua naapureihin.',
    ],
    criticism: [
      '{ranta} on täynnä roskia viikonlopun jäljiltä.',
      'Järvessä on taas sinilevää eikä siitä varoiteta.',
      'Uimarannan laituri on rikki.',
      'Luontopolun pitkospuut ovat lahonneet.',
      'Lupiinit leviävät tienvarsilla.',
    ],
    idea: [
      'Rantareitille lisää roska-astioita.',
      'Järven kunnostus pitäisi aloittaa pian.',
      'Yhteisiä siivoustalkoita keväällä.',
    ],
    question: [
      'Onko {ranta} uimakelpoinen?',
      'Kuka vastaa järven vedenlaadusta?',
      'Mihin voi viedä vaarallisen jätteen?',
    ],
  },
};

/** Swedish-speaking residents write too (about one text in twelve). */
export const TEXTS_SV: Record<string, Partial<Record<FeedbackType, readonly string[]>>> = {
  kouluruoka: {
    praise: ['Tack till köket, maten har varit jättegod den här veckan.'],
    criticism: ['Maten tar slut innan de sista klasserna hinner äta.'],
    question: ['Hur anmäler man specialkost inför nytt läsår?'],
  },
  lumityot: {
    criticism: [
      'Gatan plogades först på eftermiddagen fast det snöade redan på natten.',
      'Trottoaren är spegelblank och ingen sand syns.',
      'Plogvallen vid övergångsstället är för hög för en rollator.',
    ],
    praise: ['Tack för snabb plogning i morse!'],
    question: ['I vilken ordning plogas gatorna?'],
  },
  kirjastot: {
    criticism: ['Det finns för få barnböcker på svenska.'],
    idea: ['Biblioteket kunde ha öppet på söndagar.|2024-09-01'],
    praise: ['Personalen på biblioteket är alltid vänlig och hjälpsam.'],
  },
  puistot: {
    criticism: [
      'Soptunnorna i parken är fulla och skräpet flyger omkring.',
      'Gungorna på lekplatsen har varit trasiga i en månad.',
    ],
    idea: ['Fler bänkar längs promenadstråken, tack.'],
  },
  asiointi: {
    criticism: ['Svenskspråkig information saknas på webbplatsen.', 'Jag fick inget svar på min respons.'],
    question: ['Kan man få service på svenska vid servicepunkten?'],
  },
  joukkoliikenne: { idea: ['Söndagsturer på linje 5 skulle behövas.'], criticism: ['Bussen var igen försenad.'] },
  'ikaantyneiden-palvelut': { praise: ['Servicetrafiken har gjort vardagen mycket lättare.'] },
  liikuntapaikat: { praise: ['Skidspåren var i toppskick i helgen.'] },
};

export interface ThemeModel {
  /** Expected pieces of feedback in an average month. */
  perMonth: number;
  /** Multiplier by month, January first. */
  season: readonly number[];
  types: Record<FeedbackType, number>;
  services: readonly string[];
  /** Themes that follow the school year get almost nothing in the summer holiday and at weekends. */
  schoolYear?: boolean;
  /** Now and then a day's feedback multiplies (a heavy snowfall), in these months only. */
  storms?: { months: readonly number[]; chance: number; factor: number };
  /** Changes made show: from this day on, these types are this much more or less common. */
  after?: { from: string; types: Partial<Record<FeedbackType, number>> };
  /** Channels this theme is heard through more (or less) often than CHANNEL_WEIGHTS says. */
  channels?: Partial<Record<Channel, number>>;
  /** In these months a text is replaced by one of these (summer street care is dust, not snow). */
  offSeason?: { months: readonly number[]; texts: readonly string[] };
}

const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
export const THEMES: Record<string, ThemeModel> = {
  kouluruoka: {
    perMonth: 15,
    season: [1.2, 1.2, 1.2, 1.1, 1.0, 0.2, 0, 0.5, 1.3, 1.2, 1.2, 0.8],
    types: { praise: 22, criticism: 44, idea: 20, question: 14 },
    services: ['Ruokapalvelut', 'Koulujen ruokailu'],
    schoolYear: true,
    after: { from: '2024-08-12', types: { criticism: 0.8, praise: 1.4 } },
  },
  lumityot: {
    perMonth: 19,
    season: [3.4, 2.7, 1.5, 0.7, 0.5, 0.15, 0.1, 0.1, 0.15, 0.4, 1.4, 3.0],
    types: { praise: 12, criticism: 66, idea: 10, question: 12 },
    services: ['Kadunpito', 'Talvikunnossapito', 'Katujen puhtaanapito'],
    storms: { months: [1, 2, 12], chance: 0.06, factor: 4 },
    after: { from: '2024-12-01', types: { criticism: 0.78, praise: 1.6 } },
    channels: { phone: 2.2 },
    offSeason: {
      months: [5, 6, 7, 8, 9],
      texts: [
        'Katupöly on kamala, milloin kadut harjataan?',
        'Hiekoitushiekat ovat yhä pyöräteillä, kaatuminen lähellä.',
        'Kiitos kun keskustan kadut pestiin ennen kesäkatua.',
        'Kadun reunoilla on vielä talven hiekkaa.',
      ],
    },
  },
  'kadut-ja-pyoratiet': {
    perMonth: 8,
    season: [0.6, 0.6, 0.9, 1.8, 1.7, 1.3, 1.0, 1.1, 1.1, 0.9, 0.6, 0.4],
    types: { praise: 12, criticism: 52, idea: 22, question: 14 },
    services: ['Kadunpito', 'Liikennesuunnittelu', 'Katuvalaistus'],
  },
  joukkoliikenne: {
    perMonth: 6,
    season: [1, 1, 0.9, 0.9, 0.8, 0.7, 0.6, 1.8, 1.4, 1, 1, 1.1],
    types: { praise: 10, criticism: 50, idea: 24, question: 16 },
    services: ['Joukkoliikenne', 'Koulukuljetukset'],
  },
  puistot: {
    perMonth: 8,
    season: [0.3, 0.3, 0.4, 0.9, 1.7, 2.3, 2.4, 2.0, 1.1, 0.5, 0.3, 0.3],
    types: { praise: 20, criticism: 44, idea: 24, question: 12 },
    services: ['Viheralueet', 'Leikkipaikat'],
  },
  kirjastot: {
    perMonth: 6,
    season: [1.2, 1.1, 1.1, 1, 0.9, 0.8, 0.7, 0.8, 1.1, 1.1, 1.1, 1.0],
    types: { praise: 32, criticism: 26, idea: 26, question: 16 },
    services: ['Kirjastopalvelut', 'Kirjastoauto'],
    after: { from: '2024-09-01', types: { criticism: 0.75, praise: 1.3 } },
    channels: { visit: 2.5 },
  },
  liikuntapaikat: {
    perMonth: 6,
    season: [1.7, 1.6, 1.3, 0.8, 0.8, 0.8, 0.7, 0.8, 0.9, 0.9, 0.9, 1.3],
    types: { praise: 22, criticism: 40, idea: 24, question: 14 },
    services: ['Liikuntapalvelut', 'Uimahalli', 'Latupalvelut'],
  },
  nuorisotilat: {
    perMonth: 3.5,
    season: [1, 1, 1.1, 1.1, 1, 0.6, 0.5, 0.8, 1.2, 1.2, 1.2, 1],
    types: { praise: 24, criticism: 30, idea: 32, question: 14 },
    services: ['Nuorisopalvelut'],
    channels: { social: 3, visit: 2 },
  },
  varhaiskasvatus: {
    perMonth: 5,
    season: [1, 1, 1.2, 1.1, 0.9, 0.7, 0.6, 1.7, 1.3, 1, 0.9, 0.8],
    types: { praise: 20, criticism: 42, idea: 14, question: 24 },
    services: ['Varhaiskasvatus', 'Varhaiskasvatuksen palveluohjaus'],
  },
  kulttuuri: {
    perMonth: 3,
    season: [0.6, 0.6, 0.8, 0.8, 1, 1.8, 2.0, 1.2, 0.8, 0.7, 0.8, 1.4],
    types: { praise: 36, criticism: 24, idea: 26, question: 14 },
    services: ['Kulttuuripalvelut', 'Museo'],
  },
  'ikaantyneiden-palvelut': {
    perMonth: 3.5,
    season: FLAT,
    types: { praise: 20, criticism: 40, idea: 20, question: 20 },
    services: ['Ikääntyneiden palvelut', 'Asiointiliikenne'],
    channels: { phone: 2.2 },
  },
  asiointi: {
    perMonth: 4,
    season: FLAT,
    types: { praise: 18, criticism: 40, idea: 16, question: 26 },
    services: ['Asiointipiste Kuusi', 'Digipalvelut', 'Asiakaspalvelu'],
    channels: { visit: 2.5 },
  },
  ymparisto: {
    perMonth: 3.5,
    season: [0.4, 0.4, 0.6, 0.9, 1.5, 2.0, 2.4, 1.8, 0.9, 0.6, 0.4, 0.4],
    types: { praise: 18, criticism: 44, idea: 22, question: 16 },
    services: ['Ympäristöpalvelut', 'Uimarannat'],
  },
};

/** How often each channel is used; a theme's `channels` multiplies these. */
export const CHANNEL_WEIGHTS: Record<Channel, number> = {
  web: 46,
  email: 15,
  phone: 12,
  social: 9,
  visit: 10,
  other: 3,
  meeting: 3,
  survey: 2,
};

/** Held meetings whose results were also logged as aggregate feedback, with the themes raised (ids as in content/meetings). */
export const MEETINGS_HELD: readonly (readonly [string, readonly string[]])[] = [
  ['2023-09-asiakasraati', ['lumityot', 'kadut-ja-pyoratiet', 'puistot']],
  ['2023-10-lasten-parlamentti', ['puistot', 'kadut-ja-pyoratiet', 'kouluruoka']],
  ['2023-11-nuorisovaltuusto', ['nuorisotilat', 'joukkoliikenne']],
  ['2023-11-oppilaskunnat', ['kouluruoka']],
  ['2023-12-vanhusneuvosto', ['ikaantyneiden-palvelut', 'lumityot']],
  ['2024-02-asiakasraati', ['lumityot', 'asiointi']],
  ['2024-03-lasten-parlamentti', ['joukkoliikenne', 'puistot', 'kouluruoka']],
  ['2024-04-nuorisovaltuusto', ['nuorisotilat', 'kadut-ja-pyoratiet']],
  ['2024-04-oppilaskunnat', ['kouluruoka']],
  ['2024-05-asiakasraati', ['puistot', 'kadut-ja-pyoratiet', 'lumityot']],
  ['2024-08-vanhusneuvosto', ['ikaantyneiden-palvelut', 'puistot', 'kirjastot']],
  ['2024-10-asiakasraati', ['lumityot', 'kadut-ja-pyoratiet']],
  ['2024-10-lasten-parlamentti', ['puistot', 'liikuntapaikat']],
  ['2024-11-nuorisovaltuusto', ['nuorisotilat', 'kulttuuri']],
  ['2024-11-oppilaskunnat', ['kouluruoka']],
  ['2024-12-vanhusneuvosto', ['ikaantyneiden-palvelut', 'lumityot', 'liikuntapaikat']],
  ['2025-02-asiakasraati', ['lumityot', 'asiointi']],
  ['2025-03-lasten-parlamentti', ['kadut-ja-pyoratiet', 'puistot']],
  ['2025-04-nuorisovaltuusto', ['nuorisotilat', 'liikuntapaikat']],
  ['2025-04-oppilaskunnat', ['kouluruoka', 'ymparisto']],
  ['2025-05-asiakasraati', ['puistot', 'ymparisto']],
  ['2025-06-vanhusneuvosto', ['ikaantyneiden-palvelut', 'kulttuuri']],
  ['2025-10-asiakasraati', ['lumityot', 'kadut-ja-pyoratiet']],
  ['2025-10-lasten-parlamentti', ['puistot', 'kouluruoka']],
  ['2025-11-nuorisovaltuusto', ['nuorisotilat', 'joukkoliikenne']],
  ['2025-11-oppilaskunnat', ['kouluruoka']],
  ['2025-12-vanhusneuvosto', ['ikaantyneiden-palvelut', 'lumityot']],
  ['2026-02-asiakasraati', ['lumityot', 'puistot']],
  ['2026-03-lasten-parlamentti', ['kouluruoka', 'puistot']],
  ['2026-04-nuorisovaltuusto', ['nuorisotilat', 'kirjastot']],
  ['2026-04-oppilaskunnat', ['kouluruoka']],
  ['2026-05-asiakasraati', ['puistot', 'ymparisto']],
  ['2026-06-vanhusneuvosto', ['ikaantyneiden-palvelut', 'joukkoliikenne']],
  ['2026-10-asiakasraati', ['lumityot', 'kadut-ja-pyoratiet']],
  ['2026-10-lasten-parlamentti', ['puistot', 'kouluruoka']],
  ['2026-11-nuorisovaltuusto', ['nuorisotilat', 'kulttuuri']],
];

/** What participants raised at a held meeting, logged as one aggregate row per type; `skip` is the chance a type is left out. */
export const MEETING_POINTS: readonly { type: FeedbackType; count: readonly [number, number]; skip?: number }[] = [
  { type: 'criticism', count: [2, 14] },
  { type: 'idea', count: [2, 24] },
  { type: 'praise', count: [2, 14], skip: 0.5 },
];

/** Open answers of the surveys, classified by theme and type and logged as aggregates on each round's day. */
export const SURVEY_OPEN_ANSWERS: readonly {
  survey: 'kouluruokakysely' | 'asukastyytyvaisyys';
  themes: readonly string[];
  types: readonly FeedbackType[];
  count: readonly [number, number];
}[] = [
  { survey: 'kouluruokakysely', themes: ['kouluruoka'], types: ['praise', 'criticism', 'idea'], count: [8, 30] },
  {
    survey: 'asukastyytyvaisyys',
    themes: ['lumityot', 'kadut-ja-pyoratiet', 'puistot'],
    types: ['criticism', 'idea'],
    count: [3, 26],
  },
];

/** The day-to-day model's dials. */
export const DAILY = {
  /** The channel became better known every year: this much more feedback a year. */
  growthPerYear: 0.09,
  weekend: 0.55,
  weekday: 1.18,
  /** Themes that follow the school year hear this share in holidays and at weekends. */
  schoolBreak: 0.08,
  /** School holidays, as month-day ranges. */
  schoolHolidays: [
    ['06-01', '08-10'],
    ['12-22', '12-31'],
    ['01-01', '01-06'],
  ],
  /** The share of feedback with a service named. */
  service: 0.9,
  /** The share of feedback with the resident's text. */
  text: 0.27,
  /** The share of texts written in Swedish, where the theme has Swedish texts. */
  swedish: 0.12,
  /** The share of texts the resident allowed to be published. */
  publish: 0.42,
  /** The share of rows without a text that still say publish "no". */
  publishNoWithoutText: 0.05,
} as const;

export interface ExampleFeedback {
  date: string;
  theme: string;
  channel: Channel;
  type: FeedbackType;
  service: string;
  count?: number;
  text?: string;
  /** The language of `text`; hand-written rows leave it out (the site's default, Finnish). */
  lang?: 'fi' | 'sv';
  publish?: 'yes' | 'no';
}

/** A few rows written by hand: what the encoding and the personal-data rules must cope with. */
export const HAND_WRITTEN: readonly ExampleFeedback[] = [
  {
    date: '2024-02-13',
    theme: 'asiointi',
    channel: 'email',
    type: 'criticism',
    service: 'Asiakaspalvelu',
    text: 'Olen kysynyt samaa asiaa kolme kertaa. Vastatkaa minulle osoitteeseen terhi.nieminen@example.com',
    publish: 'no',
  },
  {
    date: '2025-01-14',
    theme: 'lumityot',
    channel: 'phone',
    type: 'criticism',
    service: 'Kadunpito',
    text: 'Kuusikujan päässä ei ole aurattu kahteen päivään. Soittakaa minulle, numero 040 718 2235, niin näytän paikan.',
    publish: 'no',
  },
  {
    date: '2026-08-04',
    theme: 'puistot',
    channel: 'web',
    type: 'criticism',
    service: 'Leikkipaikat',
    text: 'Myllymäen leikkipuiston liukumäen reunasta on irronnut pala.\nLapsi sai siitä haavan jalkaan, korjatkaa ennen kuin joku muu loukkaantuu.',
    publish: 'yes',
  },
  {
    date: '2026-09-22',
    theme: 'kouluruoka',
    channel: 'web',
    type: 'idea',
    service: 'Ruokapalvelut',
    text: 'Ruokalistalle enemmän ”oikeaa ruokaa”, esim. karjalanpaistia; lapset eivät syö kasvispyöryköitä.',
    publish: 'yes',
  },
  {
    date: '2026-11-18',
    theme: 'lumityot',
    channel: 'phone',
    type: 'criticism',
    service: 'Kadunpito',
    count: 3,
    text: 'Aurauksesta jäi taas 40 cm:n valli pihatielle; maksoin 45 € lumenluonnista – eikö ”kaupungin hoitamat kadut” koske myös liittymiä?',
    publish: 'yes',
  },
  {
    date: '2026-10-29',
    theme: 'kirjastot',
    channel: 'visit',
    type: 'praise',
    service: 'Kirjastopalvelut',
    text: 'Pelikerho on ollut pojalle ‘se juttu’ tänä syksynä — kiitos ohjaajille!',
    publish: 'yes',
  },
];

/**
 * Feedback system exports: one file per year as Finnish Excel saves "CSV UTF-8", and the latest
 * half-year as Finnish Excel's older "CSV (semicolon-separated)" in Windows-1252 with Finnish
 * headers (and a stray byte-order mark): the worst real case the reader must cope with.
 */
export const FEEDBACK_FILES: readonly { path: string; from: string; to: string; windows1252: boolean }[] = [
  { path: 'data/feedback/palautteet-2023.csv', from: '2023-01-01', to: '2023-12-31', windows1252: false },
  { path: 'data/feedback/palautteet-2024.csv', from: '2024-01-01', to: '2024-12-31', windows1252: false },
  { path: 'data/feedback/palautteet-2025.csv', from: '2025-01-01', to: '2025-12-31', windows1252: false },
  { path: 'data/feedback/palautteet-2026-h1.csv', from: '2026-01-01', to: '2026-06-30', windows1252: false },
  { path: 'data/feedback/palautteet-2026-h2.csv', from: '2026-07-01', to: '2026-12-31', windows1252: true },
];

/** The headers the Finnish feedback system writes in its Excel export; each must be an alias the validator reads. */
export const FINNISH_HEADERS: Readonly<Record<string, string>> = {
  id: 'Tunnus',
  date: 'Päivämäärä',
  theme: 'Teema',
  channel: 'Kanava',
  type: 'Tyyppi',
  service: 'Palvelu',
  count: 'Määrä',
  text: 'Teksti',
  lang: 'Kieli',
  answered: 'Vastattu',
  publish: 'Julkaistaan',
};

/**
 * How quickly the city answers, for the service promise (issue 11). Each piece of individual
 * feedback (not the meeting and survey aggregates) is answered after a number of days drawn
 * here; one that would be answered after FEEDBACK_TO is still open. Drawn from its own seed, so
 * adding it left every other value of the example as it was.
 */
export const ANSWERS = {
  seed: 2026_11_01,
  /** Channels whose feedback is answered one by one. */
  channels: ['web', 'email', 'phone', 'social', 'visit'] as readonly Channel[],
  /** The share that is answered at all (the rest needed no answer or were lost). */
  answered: 0.94,
  /** Most are answered within a week, a tail much later. */
  quick: [0, 6] as [number, number],
  slow: [7, 34] as [number, number],
  /** The share answered slowly, by theme where it differs from `other`. */
  slowShare: {
    lumityot: 0.34,
    joukkoliikenne: 0.28,
    'kadut-ja-pyoratiet': 0.22,
    kouluruoka: 0.06,
    other: 0.14,
  } as Readonly<Record<string, number>>,
};

/** The seed of the feedback's own random source. */
export const FEEDBACK_SEED = 2023_09_01;
