/** The example city's actions whose first theme is ikaantyneiden-palvelut (Ikääntyneiden palvelut); see ../actions.ts. */
import type { PlannedAction } from '../../lib/synthetic-data.ts';

export const IKAANTYNEIDEN_PALVELUT: readonly PlannedAction[] = [
  {
    id: 'A-2023-009',
    title: [
      'Asiointiliikenteen uusi reitti Kirkonkylästä keskustaan',
      'Ny rutt för servicetrafiken från Kirkonkylä till centrum',
      'A new shopping bus route from Kirkonkylä to the centre',
    ],
    said: [
      'Vanhusneuvosto kertoi, ettei asiointiliikenne kulje Kirkonkylästä, ja alueen ikääntyneet joutuvat käyttämään taksia kauppa- ja apteekkimatkoihin.',
      'Äldrerådet berättade att servicetrafiken inte går från Kirkonkylä, så äldre i området måste ta taxi till butiken och apoteket.',
      'The elderly council told us the shopping bus did not run from Kirkonkylä, so older people there had to take a taxi to the shops and the pharmacy.',
    ],
    description: [
      'Asiointiliikenteen uusi reitti kulkee maaliskuusta 2024 alkaen tiistaisin Kirkonkylästä keskustaan ja takaisin. Kyytiin ilmoittaudutaan edellisenä päivänä asiointiliikenteen numeroon, ja matka maksaa saman verran kuin bussilippu.',
      'Sedan mars 2024 går servicetrafikens nya rutt på tisdagar från Kirkonkylä till centrum och tillbaka. Man anmäler sig dagen innan till servicetrafikens nummer, och resan kostar lika mycket som en bussbiljett.',
      'Since March 2024 the shopping bus has run a new route on Tuesdays from Kirkonkylä to the centre and back. You book a seat the day before by phone, and the trip costs the same as a bus ticket.',
    ],
    themes: ['ikaantyneiden-palvelut', 'joukkoliikenne'],
    status: 'done',
    opened: '2023-12-06',
    due: '2024-03-05',
    completed: '2024-03-05',
    unit: 'Ikääntyneiden palvelut',
    influence: 'own',
    meeting: '2023-12-vanhusneuvosto',
  },
  {
    id: 'A-2024-032',
    title: [
      'Kotihoidon käyntiaikoja koskeva palaute hyvinvointialueelle',
      'Respons om hemvårdens besökstider till välfärdsområdet',
      'Feedback on home care visiting times passed to the wellbeing services county',
    ],
    said: [
      'Vanhusneuvosto ja asukkaat kertoivat, että kotihoidon käynnit tulevat eri aikaan joka päivä ja aamukäynnit venyvät.',
      'Äldrerådet och invånarna berättade att hemvårdens besök kommer vid olika tider varje dag och att morgonbesöken drar ut på tiden.',
      'The elderly council and residents told us that home care visits come at a different time every day and morning visits run late.',
    ],
    description: [
      'Kotihoidon asiakkaat saavat vuoden 2025 alusta tiedon käyntiajasta kahden tunnin tarkkuudella. Kotihoito kuuluu hyvinvointialueelle, ei kaupungille, joten kokosimme palautteet ja veimme ne hyvinvointialueen kotihoidon johdolle, joka lupasi muutoksen.',
      'Från början av 2025 får hemvårdens kunder veta besökstiden med två timmars noggrannhet. Hemvården hör till välfärdsområdet, inte till staden, så vi samlade responsen och förde den till ledningen för välfärdsområdets hemvård, som lovade ändringen.',
      'Since the start of 2025 home care clients have been told their visiting time to within two hours. Home care is run by the wellbeing services county, not the city, so we collected the feedback and took it to the county’s home care management, which promised the change.',
    ],
    themes: ['ikaantyneiden-palvelut'],
    status: 'done',
    opened: '2024-08-28',
    due: '2025-01-31',
    completed: '2025-01-31',
    unit: 'Ikääntyneiden palvelut',
    influence: 'outside',
    meeting: '2024-08-vanhusneuvosto',
  },
  {
    id: 'A-2025-023',
    title: [
      'Digiopastus palvelukeskus Kuusikossa kahdesti viikossa',
      'Digihandledning i servicecentralen Kuusikko två gånger i veckan',
      'Digital skills help at the Kuusikko service centre twice a week',
    ],
    said: [
      'Ikääntyneet toivoivat palvelukeskus Kuusikkoon digiopastusta useammin kuin kerran kuussa. Moni tarvitsee apua esimerkiksi verkkopankin ja ajanvarausten kanssa.',
      'Äldre önskade digihandledning i servicecentralen Kuusikko oftare än en gång i månaden. Många behöver hjälp till exempel med nätbanken och tidsbokningar.',
      'Older residents asked for digital skills help at the Kuusikko service centre more often than once a month. Many need help with things like online banking and booking appointments.',
    ],
    description: [
      'Kuusikossa on syyskuusta 2025 alkaen digiopastusta tiistaisin ja torstaisin klo 10–12. Opastajina ovat kirjaston työntekijät ja vapaaehtoiset, eikä aikaa tarvitse varata.',
      'Sedan september 2025 finns det digihandledning i Kuusikko på tisdagar och torsdagar kl. 10–12. Handledarna är bibliotekets anställda och frivilliga, och man behöver inte boka tid.',
      'Since September 2025 the Kuusikko service centre has offered digital skills help on Tuesdays and Thursdays from 10 to 12. Library staff and volunteers give the help, and no appointment is needed.',
    ],
    themes: ['ikaantyneiden-palvelut', 'asiointi'],
    status: 'done',
    opened: '2025-06-04',
    due: '2025-09-30',
    completed: '2025-09-01',
    unit: 'Ikääntyneiden palvelut ja kirjastopalvelut',
    influence: 'own',
  },
  {
    id: 'A-2026-012',
    title: [
      'Ateriapalvelun ruokalistat isommalla tekstillä ja ääneen luettuna',
      'Måltidsservicens matsedlar med större text och uppläsning',
      'Meal service menus in larger print and read aloud',
    ],
    said: [
      'Ateriapalvelun asiakkaat ja vanhusneuvosto kertoivat, ettei ruokalistaa pysty lukemaan, koska teksti on liian pientä.',
      'Måltidsservicens kunder och äldrerådet berättade att man inte kan läsa matsedeln eftersom texten är för liten.',
      'Meal service clients and the elderly council told us the menu could not be read because the print was too small.',
    ],
    description: [
      'Ruokapalvelut tekee ruokalistasta isotekstisen version, joka jaetaan aterioiden mukana, ja ääneen luetun version kaupungin puhelinpalveluun. Isotekstinen lista on jaettu syyskuusta 2026 alkaen, ja puhelinpalvelu avataan tammikuussa 2027.',
      'Kostservicen gör en version av matsedeln med stor text, som delas ut med måltiderna, och en uppläst version i stadens telefontjänst. Matsedeln med stor text har delats ut sedan september 2026, och telefontjänsten öppnar i januari 2027.',
      'Catering services is making a large-print version of the menu, delivered with the meals, and a read-aloud version on the city’s phone line. The large-print menu has been delivered since September 2026, and the phone line opens in January 2027.',
    ],
    themes: ['ikaantyneiden-palvelut'],
    status: 'in-progress',
    opened: '2026-06-03',
    due: '2027-01-31',
    progress: 50,
    unit: 'Ruokapalvelut',
    influence: 'own',
    meeting: '2026-06-vanhusneuvosto',
  },
];
