package org.opendossier.analysis.suggest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind the heuristics, in English, French and Spanish, all folded with {@link
 * ActorSuggester#key}. Small on purpose: each list only has to tip a decision that the text itself (case,
 * position, spread over sources) mostly makes. Country names come from the JDK's own locale data, so no
 * list of countries is kept here and nothing is downloaded.
 */
final class Lexicon {
    private Lexicon() {}

    /** Capitalised at the start of a sentence only because they start it: never the first word of a name. */
    static final Set<String> SENTENCE_STARTERS = words("""
            a an the this that these those there here it its it's he she they we you i his her their our my your
            him them us me one some many most more much all both each every either neither other another such
            no not nor none any few several but and or so yet still also then thus hence therefore however
            meanwhile moreover furthermore nevertheless instead otherwise indeed besides although though
            because since while whilst when whenever where wherever whether if unless until after before as
            at by for from in into on onto of off out over under up down with without within about above
            across against along among around behind below beneath beside between beyond during except
            inside near outside through throughout toward towards upon via per despite according following
            including regarding concerning amid amidst last next first second third earlier later now today
            yesterday tomorrow tonight soon once again one two three four five six seven eight nine ten eleven
            twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens
            half several nobody everyone everybody someone somebody anyone anybody nothing everything something
            like unlike already just only even perhaps maybe why how what which
            who whom whose yes oh well please let let's asked told said says say officially unofficially
            separately similarly likewise overall altogether finally initially eventually recently currently
            previously clearly especially notably roughly nearly almost about around approximately some
            le la les l un une des du de au aux ce cet cette ces il elle ils elles on nous vous je son sa ses
            leur leurs mais et ou donc or ni car si quand lorsque comme selon dans pour par sur sous avec sans
            entre vers chez après avant depuis pendant malgré contre lors outre toutefois cependant pourtant
            ainsi alors aussi enfin puis déjà encore aujourd'hui hier demain tout tous toutes quelques plusieurs
            certains certaines chaque aucun aucune en à y
            el los las lo una unos unas este esta estos estas ese esa esos esas aquel su sus pero y o u ni
            porque cuando como según en con sin sobre bajo entre hacia hasta desde durante tras ante para por
            también además luego ya aún hoy ayer mañana todo todos todas algunos algunas cada
            """);

    /** Lower-case words that may join the capitalised words of one name ("Ministry of Defence"). */
    static final Set<String> CONNECTORS = words("""
            of the for on and & de du des la le les d l del della di da do dos das van von der den ter bin ibn
            al el y et und upon
            """);

    /** Connectors that belong to people's names too ("Lucía de la Fuente", "Osama bin Laden"). */
    static final Set<String> NAME_PARTICLES = words("""
            de du des la le d del della di da do dos das van von der den ter bin ibn al el
            """);

    /** Connectors that join two names ("Mali and Niger") unless the name is an organisation's. */
    static final Set<String> CONJUNCTIONS = words("and & y et und");

    /** Connectors that need an organisation or place word before them ("Institute for", "Council on"). */
    static final Set<String> WEAK_CONNECTORS = words("for on the upon");

    /**
     * Titles and ranks written before a name, capitalised ("Colonel", "Prime Minister", "Dr"). A name that
     * follows one is a person's.
     */
    static final Set<String> TITLES = words("""
            president president-elect vice-president premier minister ministre ministro ministra secretary
            secretary-general under deputy vice chancellor king queen prince princess sheikh emir sultan pope
            cardinal bishop archbishop father rev reverend imam rabbi ayatollah colonel col lieutenant lt
            lieutenant-colonel general gen major maj brigadier brig captain capt sergeant sgt corporal cpl
            admiral adm commander cmdr cdr marshal commandant capitaine coronel capitán teniente général
            commissioner inspector superintendent detective det officer constable judge justice magistrate
            prosecutor attorney attorney-general senator sen representative rep congressman congresswoman
            governor gov mayor councillor councilor councilman councilwoman alderman ambassador envoy consul
            director chairman chairwoman chair ceo professor prof dr doctor mr mrs ms miss mx sir dame lord
            lady baroness baron duke duchess count countess mp mep spokesman spokeswoman spokesperson leader
            speaker chief mme madame monsieur mlle sr sra señor señora don doña président presidente
            présidente juge maire alcalde gobernador senador diputado diputada député députée sénateur
            """);

    /** Portfolio words inside a title ("Secretary of State", "Foreign Affairs Minister", "Chief of Staff"). */
    static final Set<String> PORTFOLIOS = words("""
            state defence defense foreign affairs interior home finance treasury justice health education
            economy economic trade industry energy mines mining security information communication
            communications agriculture transport labour labor environment staff culture sport tourism
            fisheries defence interior prime executive general military armed air force forces army navy
            national public internal external international terrorism financial intelligence opposition
            shadow acting former senior junior assistant associate press first
            """);

    /**
     * Lower-case role words written just before a person's name ("spokeswoman Maria X", "le colonel X",
     * "researcher Y").
     */
    static final Set<String> ROLES = words("""
            spokesman spokeswoman spokesperson leader commander minister president chief head director
            secretary ambassador envoy official officer adviser advisor analyst researcher campaigner activist
            lawyer attorney professor economist expert critic executive manager chairman chairwoman chair
            founder owner partner colonel general captain lieutenant sergeant major judge prosecutor mayor
            governor senator councillor councilor editor journalist writer fellow candidate rival
            premier king queen prince pope bishop imam cleric warlord rebel dictator strongman tycoon
            businessman businesswoman banker billionaire oligarch singer actor actress player coach striker
            ministre président présidente colonel général porte-parole chef dirigeant dirigeante directeur
            directrice délégué déléguée syndicaliste avocat avocate maire juge capitaine commandant
            chercheur chercheuse opposant opposante
            presidente ministro ministra coronel portavoz líder jefe jefa directora alcalde alcaldesa juez
            jueza abogado abogada capitán gerente
            """);

    /** Words that make a name an organisation's ("Ministry", "Forces", "Ltd"). */
    static final Set<String> ORGANISATION_WORDS = words("""
            ministry ministère ministerio department département departamento office bureau agency agence
            agencia service services servicio council conseil consejo commission comisión committee comité
            court cour tribunal tribunale police polizei army armée ejército navy marine armada force forces
            fuerzas corps brigade brigades battalion regiment guard guards militia group groupe grupo party
            parti partido front frente movement mouvement movimiento union unión alliance alliance coalition
            league federation fédération federación association asociación organisation organization
            organización institute institut instituto institution foundation fondation fundación fund fonds
            trust society société sociedad company compagnie compañía corporation corp inc ltd llc plc sa s.a
            ag gmbh fze co holdings bank banque banco university université universidad college school
            academy hospital hôpital clinic centre center centro network news times post press tribune
            herald gazette journal magazine radio television tv media airlines airways railways watch
            international parliament parlement parlamento assembly assemblée asamblea senate sénat senado
            congress congreso government gouvernement gobierno administration treasury embassy ambassade
            embajada consulate authority autorité board chamber cabinet secretariat directorate commandment
            command headquarters mission church église iglesia mosque synagogue club team fc monitor watch
            workers mining resources maritime logistics shipping petroleum oil energy capital
            partners consulting systems technologies industries group house kremlin pentagon library museum lab laboratory community communaute
            """);

    /** Trailing legal or generic forms: "Wagner Group" and "Wagner", "Helios Maritime Ltd" and without. */
    static final Set<String> ORGANISATION_SUFFIXES =
            words("group ltd limited inc corp corporation company co llc plc sa s a ag gmbh fze holdings");

    /** Words that make a name a place's ("Gaza Strip", "Mill Street", "Mopti region"). */
    static final Set<String> PLACE_WORDS = words("""
            street road avenue boulevard lane square place strip bay river lake mount mountain mountains
            island islands isle valley desert province region district county city town village airport port
            harbour harbor sea ocean gulf coast peninsula camp canal plain plateau hills hill forest park
            county oblast territory territories republic kingdom emirate emirates
            rue avenue place île îles fleuve lac mont région ville
            calle plaza río isla islas lago monte región ciudad puerto
            """);

    /** Lower-case words before a name that put a place there ("in Bamako", "au Mali", "northern Mali"). */
    static final Set<String> PLACE_PREPOSITIONS = words("""
            in near outside inside across throughout around northern southern eastern western central
            north-eastern north-western south-eastern south-western northeastern northwestern southeastern
            southwestern off au aux en dans près
            """);

    /** Lower-case words after a name that make it a place ("the Mopti region", "Kidal province"). */
    static final Set<String> PLACE_NOUNS = words("""
            region regions province provinces district districts city town village villages area areas county
            state border coast valley river island islands airport port camp neighbourhood neighborhood suburb
            """);

    /** Speech and action verbs after a name: whoever "said" or "denied" something is an actor. */
    static final Set<String> ACTOR_VERBS = words("""
            said says told added stated noted denied warned accused announced claimed confirmed insisted
            urged called declared argued explained wrote tweeted replied responded acknowledged admitted
            declined refused rejected vowed pledged condemned dit a déclaré affirme affirmé dijo afirmó
            """);

    static final Set<String> MONTHS_AND_DAYS = words("""
            january february march april may june july august september october november december jan feb mar
            apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon
            tue tues wed thu thur thurs fri sat sun janvier février mars avril mai juin juillet août septembre
            octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero marzo
            abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves
            viernes sábado domingo
            """);

    /** Capitalised words of page furniture that are never an actor on their own. */
    static final Set<String> FURNITURE = words("""
            advertisement advert ad ads sponsored related comments comment share email print menu home search
            updated published photo photos photograph image images getty video videos watch read more tags
            topics sign subscribe newsletter cookie cookies privacy policy terms accept reject manage
            preferences options continue loading credit credits source supplied handout file caption embed
            copyright whatsapp linkedin youtube tiktok x reddit pinterest
            login log register account follow listen audio gallery slideshow click here next previous back
            top bottom page story stories article articles analysis opinion editorial live update breaking
            exclusive highlights explainer trending popular recommended world business sport sports news
            politics briefing
            gmt bst utc et pst est cet cest am pm tt mb kb
            """);

    /**
     * Names of peoples and their adjectives ("Malian forces", "Russian oil"): capitalised, but not actors on
     * their own.
     */
    static final Set<String> DEMONYMS = words("""
            afghan african albanian algerian american andorran angolan argentine argentinian armenian asian
            australian austrian azerbaijani bahraini bangladeshi belarusian belgian beninese bolivian bosnian
            brazilian british bulgarian burkinabe burkinabé burmese burundian cambodian cameroonian canadian
            chadian chilean chinese colombian congolese croatian cuban cypriot czech danish djiboutian dutch
            ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino finnish french
            gabonese gambian georgian german ghanaian greek guatemalan guinean haitian honduran hungarian
            icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
            jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese liberian
            libyan lithuanian malagasy malawian malaysian malian maltese mauritanian mexican moldovan
            mongolian montenegrin moroccan mozambican namibian nepalese nigerian nigerien nicaraguan
            norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese
            qatari romanian russian rwandan saudi scottish senegalese serbian sierra leonean singaporean
            slovak slovenian somali south southern sudanese spanish swedish swiss syrian taiwanese tajik
            tanzanian thai togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
            vietnamese welsh western eastern northern north west east yemeni zambian zimbabwean arab arabic jewish muslim
            christian islamist islamic jihadist sunni shia shiite kurd kurds tuareg fulani hausa yoruba igbo
            amhara tigrayan pashtun baloch uighur uyghur rohingya latino hispanic caucasian sahelian
            français française françaises anglais allemand malien malienne maliens russe russes américain
            américaine chinois africain africaine européen européenne chilien chilienne péruvien
            español española mexicano chileno chilena peruano peruana argentino ruso rusa americano
            """);

    /**
     * Places the JDK's country names miss: regions, continents, historic names, and a short list of capitals
     * and large cities, so that a bare "Bamako" or "Lima" is not taken for a surname.
     */
    private static final String EXTRA_PLACES = """
            Africa, Europe, Asia, America, Americas, Oceania, Antarctica, Arctic, Sahel, Sahara, Maghreb,
            Middle East, Britain, Great Britain, England, Scotland, Wales, Northern Ireland, Gaza, West Bank,
            Palestine, Hong Kong, Macau, Kosovo, Congo, Ivory Coast, Burma, Holland, Darfur, Donbas, Crimea,
            Kashmir, Kurdistan, Tibet, Xinjiang, Siberia, Balkans, Caucasus, Catalonia, Latin America,
            South America, North America, Central America, Western Sahara, South Pacific, Pacific, Atlantic,
            Mediterranean, Red Sea, Black Sea, Washington, London, Paris, Berlin, Moscow, Beijing, Tokyo,
            Delhi, New Delhi, Mumbai, Karachi, Islamabad, Kabul, Tehran, Baghdad, Damascus, Beirut, Amman,
            Jerusalem, Tel Aviv, Cairo, Khartoum, Tripoli, Tunis, Algiers, Rabat, Dakar, Bamako, Niamey,
            Ouagadougou, Abuja, Lagos, Accra, Abidjan, Conakry, Freetown, Monrovia, Nouakchott, N'Djamena,
            Bangui, Yaoundé, Douala, Kinshasa, Brazzaville, Luanda, Nairobi, Kampala, Kigali, Addis Ababa,
            Mogadishu, Asmara, Djibouti, Juba, Dodoma, Dar es Salaam, Lusaka, Harare, Maputo, Pretoria,
            Johannesburg, Cape Town, Windhoek, Gaborone, Antananarivo, Ankara, Istanbul, Athens, Rome, Madrid,
            Lisbon, Brussels, Amsterdam, The Hague, Vienna, Bern, Geneva, Zurich, Stockholm, Oslo, Copenhagen,
            Helsinki, Warsaw, Prague, Budapest, Bucharest, Sofia, Belgrade, Kyiv, Kiev, Minsk, Riyadh, Doha,
            Dubai, Abu Dhabi, Muscat, Sanaa, Aden, Baku, Tbilisi, Yerevan, Tashkent, Astana, Almaty, Bishkek,
            Dushanbe, Ashgabat, Ulaanbaatar, Seoul, Pyongyang, Taipei, Manila, Hanoi, Bangkok, Jakarta,
            Kuala Lumpur, Singapore, Canberra, Sydney, Wellington, Ottawa, Toronto, Montreal, New York,
            Los Angeles, Chicago, Mexico City, Havana, Bogotá, Caracas, Lima, Quito, La Paz, Santiago,
            Buenos Aires, Montevideo, Brasília, São Paulo, Rio de Janeiro, Asunción, Panama City,
            Guatemala City, San Salvador, Tegucigalpa, Managua, San José, Valparaíso, Nicosia, Limassol,
            Turkey, Czech Republic, Swaziland, Cape Verde, East Timor, Vatican, Washington DC, Washington D.C.
            """;

    private static final Set<String> PLACES = places();

    /** Whether a folded name is a country or a well-known place. */
    static boolean isKnownPlace(String key) {
        return PLACES.contains(key);
    }

    /**
     * Acronyms so common that their long form is hardly ever written out beside them. They give a
     * suggestion its long name the way a definition in the text would, but lose to a real definition.
     */
    static final Map<String, String> COMMON_ACRONYMS = Map.of(
            "us", "United States",
            "usa", "United States",
            "uk", "United Kingdom",
            "un", "United Nations",
            "eu", "European Union");

    /** "Russian", and "Islamists" as the plural of "Islamist". */
    static boolean isDemonym(String folded) {
        if (folded.indexOf(' ') > 0) {
            // "African-American", "Israeli-Palestinian", "North African": every word a people's
            for (String w : folded.split(" ")) {
                if (!isDemonym(w)) {
                    return false;
                }
            }
            return true;
        }
        return DEMONYMS.contains(folded)
                || folded.endsWith("s") && DEMONYMS.contains(folded.substring(0, folded.length() - 1));
    }

    static boolean isMonthOrDay(String folded) {
        return MONTHS_AND_DAYS.contains(folded);
    }

    private static Set<String> places() {
        Set<String> out = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.of("es")}) {
                String name = country.getDisplayCountry(language);
                out.add(ActorSuggester.key(name));
                // "Côte d’Ivoire", "Myanmar (Burma)", "Congo - Kinshasa": the part before the bracket or dash
                int cut = indexOfAny(name, "(", " - ");
                if (cut > 0) {
                    out.add(ActorSuggester.key(name.substring(0, cut)));
                }
            }
        }
        for (String place : EXTRA_PLACES.strip().split("\\s*,\\s*")) {
            out.add(ActorSuggester.key(place));
        }
        return Set.copyOf(out);
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.strip().split("\\s+")) {
            out.add(ActorSuggester.key(w));
        }
        return Set.copyOf(out);
    }
}
