package dev.parley.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.knowledge.internal.DefaultGazetteer;
import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extracts every article of the regression corpus (src/test/resources/corpus) and scores it the way
 * the development set's scorer does: actors matched one to one by shared name or alias; quotes found
 * by their first words and attributed; relations as unordered pairs with polarity.
 */
class CorpusQualityTest {

    static final String[] ARTICLES = {"01-haiti-council", "02-somalia-aussom-shabaab", "03-gabon-coup-au",
        "04-gaza-qatar-egypt-talks", "05-myanmar-asean-arakan", "06-drc-rwanda-m23-council",
        "07-armenia-azerbaijan-euma", "08-guyana-venezuela-icj", "09-sahel-aes-ecowas-exit",
        "10-philippines-china-scarborough", "11-nato-baltic-cable", "12-south-sudan-unmiss-machar"};
    static final String[] SECOND_BATCH = {"61-haiti-sanctions", "62-sudan-uae-rsf", "63-ukraine-energy-sanctions",
        "64-niger-orano-russia", "65-myanmar-asean-arakan", "66-drc-m23-sadc", "71-unmiss-mandate",
        "72-ethiopia-amhara-fano", "73-guinea-bissau-coup", "74-libya-roadmap", "75-israel-iran-drones",
        "76-essequibo-icj"};
    static final String[] THIRD_BATCH = {"81-mozambique-cabo-delgado-rwanda", "82-western-sahara-minurso-vote",
        "83-taiwan-strait-drills-g7", "84-somalia-somaliland-port-deal", "85-turkey-pkk-strikes-iraq",
        "86-afghanistan-pakistan-border-clashes", "87-bosnia-republika-srpska-secession",
        "88-chad-sudan-refugees-un-panel"};
    static final String[] FOURTH_BATCH = {"91-haiti-gangs-suppression-force", "92-yemen-houthis-red-sea-strikes",
        "93-niger-benin-border-closure", "94-venezuela-disputed-election", "95-lebanon-israel-hezbollah-strikes",
        "96-drc-m23-advance-uvira"};
    static final String[] FIFTH_BATCH = {"101-ethiopia-eritrea-border-talks", "102-libya-unsmil-security-council",
        "103-kosovo-serbia-jarinje-gunfight", "104-burkina-faso-jnim-djibo-attack", "105-colombia-eln-ceasefire-extension",
        "106-car-minusca-mandate-renewal", "107-georgia-south-ossetia-detentions"};
    static final String[] SIXTH_BATCH = {"111-mozambique-podemos-sadc-observers", "112-sudan-el-fasher-security-council-uae",
        "113-somalia-al-shabaab-base-attack-aussom", "114-armenia-azerbaijan-treaty-eu-russia",
        "115-myanmar-arakan-army-china-truce-asean", "116-niger-expels-orano-rosatom-uranium"};
    static final String[] SEVENTH_BATCH = {"121-unsc-south-sudan-arms-embargo", "122-venezuela-guyana-essequibo-brazil",
        "123-chad-sudan-refugees-rsf", "124-serbia-kosovo-kfor-eu-dialogue", "125-houthi-red-sea-strikes-oman",
        "126-ecowas-summit-guinea-bissau-au", "127-pakistan-afghanistan-border-clashes-ttp"};
    static final String[] EIGHTH_BATCH = {"131-ethiopia-somalia-somaliland-port", "132-gambia-coup-attempt",
        "133-israel-hezbollah-unifil", "134-russia-ukraine-prisoner-swap", "135-drc-rwanda-security-council-m23",
        "136-china-philippines-scarborough", "137-haiti-council-viv-ansanm"};
    static final String[] NINTH_BATCH = {"141-iran-iaea-board-censure", "142-north-korea-missile-japan",
        "143-cambodia-thailand-border-clash", "144-cyprus-talks-un-envoy", "145-syria-israel-strikes-turkey",
        "146-colombia-eln-talks-suspended", "147-india-pakistan-kashmir-attack"};
    static final String[] TENTH_BATCH = {"151-moldova-transnistria-gas-crisis",
        "152-mozambique-election-sadc-observers", "153-kyrgyzstan-tajikistan-border-treaty", "154-iswap-borno-mnjtf",
        "155-tigray-tplf-split-eritrea", "156-solomon-islands-china-policing", "157-venezuela-sanctions-us-eu-oas"};
    static final String[] ELEVENTH_BATCH = {"161-kyrgyz-tajik-border-clash", "162-unsc-minusca-renewal",
        "163-guinea-bissau-coup-attempt", "164-colombia-eln-talks-mexico", "165-second-thomas-shoal-water-cannon",
        "166-wfp-rsf-el-fasher-aid", "167-mozambique-election-dispute"};
    static final String[] TWELFTH_BATCH = {"171-western-sahara-minurso", "172-ethiopia-fano-amhara",
        "173-republika-srpska-high-representative", "174-turkey-pkk-iraq-strikes", "175-china-taiwan-drills",
        "176-mali-algeria-drone", "177-burundi-rwanda-border"};
    static final String[] THIRTEENTH_BATCH = {"191-chile-peru-border", "192-kyrgyzstan-uzbekistan-water",
        "193-benin-jnim-attack", "194-eu-belarus-sanctions", "195-unsc-haiti-binuh",
        "196-philippines-china-scarborough", "197-ethiopia-ola-peace-deal"};
    static final String[] FOURTEENTH_BATCH = {"201-sao-tome-coup-attempt", "202-moldova-runoff-dispute",
        "203-yemen-muscat-truce-talks", "204-pakistan-afghanistan-chaman-firing", "205-saudi-uk-defence-partnership",
        "206-burkina-djibo-aid-blockade", "207-tanzania-expels-norwegian-diplomat"};
    static final String[] FIFTEENTH_BATCH = {"211-kuwait-iran-durra-oman-talks",
        "212-thailand-junta-asean-summit-ban", "213-cameroon-iswap-chinese-workers-kidnap",
        "214-icj-guyana-venezuela-essequibo-ruling", "215-nato-finland-exercise-russia-warns",
        "216-honduras-election-dispute-oas-mission", "217-kenya-unhcr-dadaab-closure-clash"};
    static final String[] SIXTEENTH_BATCH = {"221-honduras-emergency-gangs", "222-finland-russia-cable-sabotage",
        "223-burundi-election-au-eac-envoys", "224-oman-israel-normalisation-iran",
        "225-thailand-brn-ceasefire-malaysia", "226-unsc-sudan-aid-resolution-veto",
        "227-burkina-nationalises-gold-mines-uk"};
    static final String[] SEVENTEENTH_BATCH = {"231-armenia-azerbaijan-almaty-talks",
        "232-iaea-report-iran-russia-china", "233-guinea-suspends-ecowas", "234-somalia-piracy-atalanta",
        "235-gerd-talks-au-pretoria", "236-oman-iran-france-prisoner-swap", "237-georgia-bans-unm"};

    static final String[] EIGHTEENTH_BATCH = {"241-kyrgyz-tajik-border-clash", "242-car-minusca-drawdown",
        "243-us-uk-sanctions-shabaab-financiers", "244-zimbabwe-eu-observers", "245-vanuatu-china-security-pact",
        "246-drc-adf-attack-monusco-base", "247-azerbaijan-germany-detained-journalist"};

    static final String[] NINETEENTH_BATCH = {"261-tanzania-disputed-election", "262-naryn-dam-dispute",
        "263-burkina-pmc-sanctions", "264-cameroon-geneva-talks-collapse", "265-asean-thailand-coup",
        "266-guyana-venezuela-naval-incident", "267-lebanon-refugee-appeal"};

    static final String[] TWENTIETH_BATCH = {"251-ecowas-suspends-gambia", "252-unsc-south-sudan-panel-renewal",
        "253-qatar-myanmar-arakan-ceasefire", "254-honduras-expels-venezuelan-ambassador",
        "255-minusca-peacekeepers-3r-ambush", "256-romania-arms-ukraine-russia-warns",
        "257-wfp-houthis-blocked-convoys"};

    static final String[] TWENTY_FIRST_BATCH = {"271-kyrgyz-tajik-water-clash", "272-colombia-ecuador-consul-row",
        "273-qatar-iran-us-detainee-talks", "274-unsc-myanmar-rakhine-veto", "275-kosovo-serbia-official-expelled",
        "276-philippines-china-shoal-water-cannon", "277-haiti-gangs-block-wfp-convoys"};

    static final String[] TWENTY_SECOND_BATCH = {"291-burkina-junta-expels-envoy", "292-armenia-azerbaijan-border-deal",
        "293-vietnam-china-fishing-boat", "294-drc-rwanda-luanda-talks", "295-unga-vote-ceasefire-resolution",
        "296-somalia-ethiopia-port-dispute", "297-venezuela-guyana-sanctions-mediation"};

    static final String[] TWENTY_THIRD_BATCH = {"311-vanuatu-australia-policing-pact",
        "312-au-suspends-burundi-after-coup", "313-bolivia-expels-argentine-diplomat", "314-unsc-yemen-aid-veto",
        "315-minusca-zemio-base-attack", "316-uzbekistan-tajikistan-gas-cutoff", "317-eu-sanctions-georgian-officials"};

    static final String[] TWENTY_FOURTH_BATCH = {"331-kyrgyz-tajik-border-clash", "332-solomons-nickel-licence-row",
        "333-ethiopia-fano-ceasefire", "334-unga-nicaragua-resolution", "335-bulgaria-veto-north-macedonia",
        "336-hormuz-tanker-seizure", "337-gambia-election-dispute"};

    static final String[] TWENTY_FIFTH_BATCH = {"341-burkina-expels-un-rights-office",
        "342-scarborough-coast-guard-collision", "343-haiti-gang-suppression-force-renewal",
        "344-armenia-azerbaijan-abu-dhabi-treaty-talks", "345-m23-offensive-pinga-regional-summit",
        "346-congo-brazzaville-coup-attempt", "347-kuwait-iraq-khor-abdullah-tanker-dispute"};

    static final String[] TWENTY_SIXTH_BATCH = {"371-guinea-suspends-broadcaster", "372-unsc-south-sudan-sanctions",
        "373-kyrgyz-tajik-border-clash", "374-car-minusca-base-attack", "375-palau-china-fishing-row",
        "376-philippines-ndfp-oslo-walkout", "377-ethiopia-eritrea-fano-arms"};

    static final String[] TWENTY_SEVENTH_BATCH = {"391-oman-yemen-prisoner-swap",
        "392-sadc-samim-mozambique-withdrawal", "393-kosovo-serbia-jarinje-crossing", "394-unsc-haiti-russia-walkout",
        "395-burkina-nationalises-northcrest-mine", "396-niger-issp-kidnaps-chinese-workers",
        "397-armenia-france-defence-pact"};

    static final String[] TWENTY_EIGHTH_BATCH = {"401-kiribati-china-policing", "402-turkmenistan-uzbekistan-gas",
        "403-south-sudan-splmio-walkout", "404-bolivia-argentina-asylum", "405-unhrc-sri-lanka-vote",
        "406-iswap-cameroon-lake-chad", "407-eu-iran-drone-sanctions"};

    static final String[] TWENTY_NINTH_BATCH = {"411-argentina-chinese-squid-boat", "412-lesotho-mutiny-sadc",
        "413-unsc-cyprus-unficyp-renewal", "414-thailand-brn-ramadan-truce", "415-mekong-dam-laos-protest",
        "416-iran-denmark-oman-prisoner-swap", "417-zambia-opposition-rejects-results"};

    static final String[] THIRTIETH_BATCH = {"421-guinea-bissau-mutiny-ecowas", "422-honduras-election-dispute-oas",
        "423-unsc-north-korea-sanctions-veto", "424-syr-darya-water-dispute-kyrgyzstan",
        "425-yemen-houthi-saudi-truce-muscat", "426-moldova-expels-russian-diplomats",
        "427-burundi-withdraws-aussom-somalia"};

    static final String[] THIRTY_FIRST_BATCH = {"431-myanmar-jet-fuel-sanctions", "432-colombia-un-mission-renewal",
        "433-mozambique-macomia-counteroffensive", "434-pakistan-afghanistan-doha-ceasefire",
        "435-azerbaijan-expels-french-ambassador", "436-comoros-au-suspension", "437-svalbard-cod-trawler-dispute"};

    static final String[] THIRTY_SECOND_BATCH = {"451-philippines-china-second-thomas-shoal", "452-car-coup-attempt-bangui",
        "453-eu-sanctions-iran-drones", "454-un-security-council-haiti-mss", "455-gaza-ceasefire-talks-doha-cairo",
        "456-armenia-azerbaijan-border-clash", "457-ethiopia-somalia-somaliland-port-talks"};

    static final String[] THIRTY_THIRD_BATCH = {"461-venezuela-guyana-essequibo-standoff",
        "462-myanmar-kachin-offensive-airstrikes", "463-kosovo-north-attack-kfor",
        "464-south-sudan-unmiss-renewal-nasir-clashes", "465-burkina-faso-expels-french-diplomats",
        "466-libya-sirte-mobilisation-unsmil", "467-colombia-eln-talks-ceasefire-breach"};

    static final String[] THIRTY_FOURTH_BATCH = {"471-nato-summit-russia-statement", "472-chad-expels-french-ambassador",
        "473-ecowas-sahel-exit-nigeria-togo", "474-unga-vote-annexation-ukraine", "475-red-sea-houthi-strikes",
        "476-cabo-delgado-rwanda-sadc-totalenergies", "477-haiti-council-kenya-mission-jeantilus"};

    static final String[] THIRTY_FIFTH_BATCH = {"481-ethiopia-eritrea-border-buildup", "482-un-sanctions-burkina-junta",
        "483-thai-cambodian-temple-clash", "484-turkish-strikes-northern-iraq", "485-shabaab-attack-baidoa-base",
        "486-moldova-transnistria-gas-cutoff", "487-nicaragua-church-crackdown-sanctions"};

    static final String[] THIRTY_SIXTH_BATCH = {"491-south-sudan-arms-embargo-vote", "492-kyrgyz-tajik-border-clash",
        "493-burkina-junta-expels-un-coordinator", "494-scarborough-shoal-water-cannon",
        "495-colombia-eln-talks-mexico-ceasefire-breach", "496-eu-sanctions-iran-missiles-russia",
        "497-m23-attack-monusco-peacekeepers"};

    static final String[] THIRTY_SEVENTH_BATCH = {"511-car-minusca-drawdown-council", "512-estonia-russia-baltic-patrol-ship",
        "513-ecowas-sanctions-gambia-junta", "514-peru-chile-migrants-ambassador", "515-myanmar-arakan-army-sittwe-offensive",
        "516-ethiopia-recognises-somaliland", "517-india-armenia-air-defence-deal"};

    static final String[] THIRTY_EIGHTH_BATCH = {"501-sierra-leone-coup-attempt", "502-un-rights-council-eritrea-vote",
        "503-pakistan-drone-strikes-afghanistan", "504-zambia-election-dispute", "505-ethiopia-ola-peace-deal",
        "506-czech-russia-diplomat-expulsions", "507-burkina-faso-djibo-aid-blockade"};

    static final String[] THIRTY_NINTH_BATCH = {"521-ethiopia-eritrea-nairobi-talks", "522-south-sudan-suspends-wfp",
        "523-mali-rebels-seize-ber", "524-g7-evian-north-korea", "525-oman-iran-france-prisoner-swap",
        "526-indus-waters-arbitration-award", "527-armenia-election-opposition-contests"};
    static final String[] FORTIETH_BATCH = {"541-sudan-port-sudan-drone-strikes", "542-haiti-gang-suppression-force",
        "543-serbia-kosovo-talks-collapse", "544-burundi-m23-south-kivu-clashes", "545-vietnam-china-fishermen-seized",
        "546-libya-tripoli-militia-clashes-unsmil", "547-mali-jnim-fuel-blockade-bamako"};
    static final String[] FORTY_FIRST_BATCH = {"551-guinea-election-ecowas-suspension-lifted",
        "552-somalia-jubaland-federal-clashes", "553-yemen-houthis-detain-un-staff", "554-black-sea-grain-ship-attack",
        "555-iaea-board-iran-resolution", "556-chad-ends-french-defence-pact", "557-somalia-ethiopia-somaliland-recognition"};
    static final String[] FORTY_SECOND_BATCH = {"601-myanmar-unsc-school-airstrike",
        "602-pakistan-afghanistan-kurram-clashes", "603-philippines-china-second-thomas-shoal",
        "604-north-korea-russia-arms-sanctions", "605-pacific-islands-forum-communique",
        "606-india-china-special-representatives-talks", "607-bangladesh-disputed-election-results",
        "608-myanmar-coup-anniversary-sanctions", "609-thailand-cambodia-ambassador-expulsions",
        "610-sri-lanka-india-defence-deal"};
    static final String[] FORTY_THIRD_BATCH = {"611-guyana-venezuela-council-essequibo",
        "612-haiti-gangs-block-aid-mss", "613-colombia-embf-accord-eln", "614-nicaragua-sanctions-eu-envoy-expelled",
        "615-kosovo-serbia-jarinje-gunfight", "616-france-armenia-howitzers-azerbaijan",
        "617-georgia-snap-election-disputed", "618-moldova-expels-russian-diplomat-transnistria",
        "619-baltic-states-expel-russian-diplomats", "620-nato-ankara-summit-belarus-air-defence"};
    static final String[] FORTY_FOURTH_BATCH = {"621-yemen-council-detained-aid-staff",
        "622-libya-tripoli-clashes-protests", "623-turkey-sdf-kobani-strikes", "624-iraq-militia-sanctions-election",
        "625-lebanon-unifil-peacekeepers-wounded", "626-western-sahara-minurso-renewal",
        "627-iran-iaea-board-inspectors", "628-egypt-ethiopia-dam-council-letter", "629-gcc-summit-communique-arms",
        "630-algeria-france-diplomat-expulsions"};
    static final String[] FORTY_FIFTH_BATCH = {"631-sudan-council-uae-rsf-el-obeid",
        "632-sahel-aes-summit-joint-force", "633-somalia-aussom-funding-shabaab", "634-us-eu-sanctions-rwanda-m23",
        "635-ethiopia-eritrea-bure-clash", "636-mozambique-cabo-delgado-rwanda",
        "637-chad-expels-sudan-diplomats-adre", "638-cameroon-legislative-vote-disputed",
        "639-icc-warrant-rsf-commander-geneina", "640-chad-coup-au-suspends-eccas"};
    static final String[] FORTY_SIXTH_BATCH = {"641-eu-sanctions-russia-third-country-firms",
        "642-us-chip-controls-china-rare-earths", "643-opec-plus-kazakhstan-overproduction",
        "644-g7-evian-communique-china-russia", "645-arctic-council-russia-rift-analysis",
        "646-ccamlr-antarctic-mpa-krill-deadlock", "647-trans-caspian-pipeline-russia-iran-objections",
        "648-central-asia-water-drought-kambarata-qosh-tepa", "649-greece-turkey-aegean-survey-ship-standoff",
        "650-cyprus-informal-talks-crossing-points"};
    static final String[] FORTY_SEVENTH_BATCH = {"651-guinea-bissau-coup-attempt",
        "652-madagascar-military-council-au-suspension", "653-bolivia-state-of-exception-chapare",
        "654-peru-congress-ousts-president-colombia", "655-tunisia-conspiracy-trial-sentences",
        "656-pakistan-pti-arrests-islamabad-rally", "657-bangladesh-awami-league-ban-india",
        "658-mozambique-post-election-protests", "659-gabon-au-lifts-suspension",
        "660-haiti-transitional-council-split"};
    static final String[] FORTY_EIGHTH_BATCH = {"661-kherson-shelling-after-prisoner-swap",
        "662-gaza-truce-violations-doha-talks", "663-israel-hezbollah-south-lebanon-strikes",
        "664-sudan-rsf-el-fasher-siege", "665-drc-m23-uvira-advance-burundi",
        "666-myanmar-kunming-truce-tnla-airstrikes", "667-ethiopia-amhara-fano-drone-strike",
        "668-houthis-red-sea-bulk-carrier-strikes", "669-south-sudan-nasir-clashes-ugandan-troops",
        "670-north-korean-troops-kursk-sanctions"};
    static final String[] FORTY_NINTH_BATCH = {"671-unmiss-renewal-abstentions",
        "672-minusca-zambian-peacekeepers-ambush", "673-undof-golan-renewal-buffer-zone",
        "674-unficyp-renewal-turkey-rebuke", "675-general-assembly-ukraine-children-vote",
        "676-hrc-eritrea-rapporteur-renewal", "677-icj-mexico-ecuador-embassy-ruling",
        "678-iaea-board-zaporizhzhia-resolution", "679-libya-panel-of-experts-arms-embargo",
        "680-unama-briefing-afghanistan-aid-access"};
    static final String[] FIFTIETH_BATCH = {"681-haiti-security-council-debate",
        "682-eu-sanctions-belarus-officials", "683-burkina-expels-german-ambassador",
        "684-india-pakistan-diplomats-expelled", "685-scarborough-shoal-collision",
        "686-somalia-ethiopia-berbera-port-deal", "687-kosovo-election-certification-crisis",
        "688-venezuela-opposition-arrests-sanctions", "689-uae-brokered-russia-ukraine-pow-swap",
        "690-au-psc-sudan-rsf-parallel-government"};
    static final String[] FIFTY_FIRST_BATCH = {"691-moldova-expels-russian-diplomat-gas",
        "692-azerbaijan-france-diplomats-expelled", "693-libya-eastern-oil-blockade",
        "694-iraq-turkey-drone-strike-water", "695-drc-rwanda-washington-peace-signing",
        "696-mozambique-cabo-delgado-rwanda-troops", "697-myanmar-junta-election-asean",
        "698-north-korea-icbm-trilateral-drill", "699-icc-tajikistan-noncompliance-russia",
        "700-kiribati-china-security-pact-australia"};
    static final String[] FIFTY_SECOND_BATCH = {"701-burkina-wfp-convoy-djibo", "702-somalia-shabaab-aid-ban",
        "703-drc-m23-goma-camp-returns", "704-yemen-houthis-detain-un-staff", "705-syria-northeast-crossing-closure",
        "706-rohingya-rations-arakan-army", "707-haiti-gangs-wfp-trucks-deportations",
        "708-afghanistan-pakistan-expulsions-torkham", "709-catatumbo-eln-displacement-venezuela",
        "710-mali-expels-ocha-head-fuel-blockade"};
    static final String[] FIFTY_THIRD_BATCH = {"711-azerbaijan-france-howitzers-armenia",
        "712-serbia-condemns-croatia-albania-kosovo-pact", "713-turkey-greece-cyprus-cable-standoff",
        "714-philippines-china-scarborough-water-cannon", "715-eritrea-ethiopia-red-sea-access-egypt",
        "716-guyana-venezuela-essequibo-navy-incursion", "717-bolivia-scraps-iran-drone-pact",
        "718-nicaragua-authorises-russian-troops", "719-kazakhstan-cpc-strike-oil-rerouting",
        "720-norway-detains-russian-trawler-svalbard"};
    static final String[] FIFTY_FOURTH_BATCH = {"721-ecowas-guinea-bissau-suspension", "722-car-3r-truce-breach",
        "723-sudan-kordofan-truce-collapse", "724-igad-south-sudan-communique",
        "725-ethiopia-eritrea-tplf-accusations", "726-asean-myanmar-election-recognition",
        "727-india-pakistan-loc-firing", "728-colombia-eln-talks-suspended", "729-russia-ukraine-pow-swap",
        "730-lebanon-ceasefire-mechanism-strikes"};
    static final String[] FIFTY_FIFTH_BATCH = {"731-lithuania-expels-russian-diplomats-grid-hack",
        "732-paraguay-taiwan-china-protest", "733-algeria-recalls-envoy-chile-western-sahara",
        "734-unifil-drawdown-lebanon-follow-on-mission", "735-eu-sanctions-iran-missiles-russia",
        "736-uruguay-recognises-kosovo-serbia-protest", "737-csto-drills-tajikistan-afghan-border",
        "738-palau-china-cyberattack-pacific-forum", "739-finland-denmark-recognise-palestine-israel-recalls",
        "740-haiti-gang-suppression-force-renewal"};
    static final String[] FIFTY_SIXTH_BATCH = {"741-mali-jnim-blockade-africa-corps",
        "742-lake-chad-iswap-base-mnjtf", "743-puntland-islamic-state-offensive",
        "744-drc-ituri-adf-church-massacre", "745-mozambique-macomia-raid-rwanda-tanzania",
        "746-sudan-libya-triangle-lna-rsf-chadian-rebels", "747-yemen-houthi-marib-offensive-stc-rift",
        "748-syria-deir-ezzor-islamic-state-sdf-blame", "749-myanmar-kia-bhamo-siege-china",
        "750-haiti-viv-ansanm-mirebalais-drone-contractor"};
    static final String[] FIFTY_SEVENTH_BATCH = {"751-azerbaijan-france-howitzers-armenia",
        "752-pacific-police-vanuatu-deployment", "753-colombia-venezuela-eln-border-ambush",
        "754-egypt-troops-aussom-somalia", "755-kosovo-serbia-jarinje-arrests", "756-houthis-free-aegean-dawn-crew",
        "757-tajikistan-taliban-chinese-workers", "758-baltic-bans-georgian-officials",
        "759-msg-flnks-france-azerbaijan", "760-haiti-gang-force-renewal"};
    static final String[] FIFTY_EIGHTH_BATCH = {"761-guinea-bissau-coup-ecowas", "762-unsc-yemen-houthi-detentions",
        "763-honduras-disputed-election-observers", "764-georgia-western-sanctions-crackdown",
        "765-myanmar-tnla-peace-deal-china", "766-drc-m23-uvira-rwanda-accused",
        "767-moldova-russia-diplomats-expelled", "768-haiti-gangs-block-wfp-convoys",
        "769-philippines-china-scarborough-water-cannon", "770-mali-africa-corps-kidal-deployment"};

    static final String[] FIFTY_NINTH_BATCH = {"771-kyrgyz-tajik-border-clash", "772-unsc-south-sudan-embargo",
        "773-gambia-coup-attempt", "774-colombia-eln-havana-accord", "775-armenia-french-howitzers-protest",
        "776-poland-belarus-spy-expulsions", "777-haiti-wfp-viv-ansanm-aid", "778-zambia-election-dispute-observers",
        "779-unifil-mandate-ends-lebanon", "780-philippines-japan-australia-drills-china"};

    static final String[] SIXTIETH_BATCH = {"781-mozambique-balama-insurgent-raid", "782-mercosur-suspends-bolivia",
        "783-vanuatu-recognises-bougainville", "784-kyrgyz-tajik-truce-collapses",
        "785-ethiopia-fano-drone-supplies", "786-serbia-recalls-ambassador-croatia",
        "787-peru-chile-migrant-standoff", "788-eln-frees-soldiers-arauca", "789-japan-fm-fiji-security-aid",
        "790-sudan-party-splmn-alliance"};

    static final String[] SIXTY_FIRST_BATCH = {"791-hodeidah-strikes-houthi-missiles",
        "792-ohchr-report-ethiopia-amhara", "793-nile-dam-egypt-ethiopia-council",
        "794-sanctions-myanmar-jet-fuel-suppliers", "795-tripoli-truce-collapses-radaa-444",
        "796-cambodia-thailand-icj-temples", "797-egyptian-troops-join-aussom-somalia",
        "798-pti-boycotts-national-assembly", "799-iran-seizes-tanker-gulf-of-oman", "800-igad-summit-condemns-rsf"};

    static final String[] SIXTY_SECOND_BATCH = {"801-niger-junta-expels-un-rights-office",
        "802-eu-eases-belarus-potash-sanctions", "803-cameroon-separatists-kidnap-foreign-workers",
        "804-ivory-coast-blames-burkina-drone-strike", "805-cuba-detains-unpacu-leader",
        "806-tanzania-withdraws-monusco-contingent", "807-ngas-cuts-ghana-gas-supply-debts",
        "808-icj-guatemala-belize-ruling", "809-car-wagner-guards-chinese-gold-mine",
        "810-south-sudan-church-truce-herder-militias"};

    static final String[] SIXTY_THIRD_BATCH = {"811-pakistan-afghanistan-border-shelling",
        "812-scarborough-coast-guard-collision", "813-kurdistan-pipeline-drone-attack",
        "814-india-armenia-arms-deal-azerbaijan", "815-us-uk-sanctions-iran-oil-tankers",
        "816-lebanon-syria-refugee-return-deal", "817-unga-vote-north-korea-troops-russia",
        "818-india-minister-sri-lanka-cyclone-aid", "819-arakan-army-kyaukphyu-offensive-airstrikes",
        "820-norway-summons-russian-envoy-svalbard-cyberattack"};

    static final String[] SIXTY_FOURTH_BATCH = {"821-honduras-oas-observers-report-rejected",
        "822-guinea-bissau-junta-leader-ouagadougou", "823-benin-jnim-army-post-attack-condemned",
        "824-car-peace-accord-angola-rwanda-guarantors", "825-png-australia-lombrum-base-deal",
        "826-niger-suspends-deutsche-welle", "827-congo-m23-aid-convoys-blocked-nrc",
        "828-ecowas-standby-brigade-troop-pledges", "829-peru-congress-ousts-president-neighbours",
        "830-pacific-joint-patrols-drug-trafficking"};

    static final String[] SIXTY_FIFTH_BATCH = {"831-ecuador-peru-border-oas",
        "832-iraq-expels-turkish-attache-pkk",
        "833-madagascar-mutiny-sadc-au",
        "834-cambodia-vietnam-mekong-deal-laos",
        "835-unsc-libya-arms-embargo-russia-abstains",
        "836-kenya-al-shabaab-lafey-raid",
        "837-serbia-hungary-gas-pipeline-deal",
        "838-icc-warrant-car-militia-leader",
        "839-azerbaijan-iran-exercise-accusations",
        "840-myanmar-knla-seizes-border-town"};

    static final String[] SIXTY_SIXTH_BATCH = {"841-el-salvador-honduras-fonseca-boats-oas",
        "842-serbia-summons-eu-envoy-refinery-sanctions",
        "843-indonesia-vietnam-natuna-trawlers-seized",
        "844-senkaku-coast-guard-chase-japan-protest",
        "845-unsc-unisfa-abyei-renewal-abstentions",
        "846-mali-mauritania-nioro-raid-accusations",
        "847-djibouti-ethiopia-tadjourah-naval-deal",
        "848-lebanon-syria-hermel-strike-qatar-talks",
        "849-kyrgyz-uzbek-kempirabad-border-clash",
        "850-ethiopia-suspends-unicef-tigray-donors"};

    private final TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        s = s.replaceAll("'s\\b", "").replace(".", "");
        s = s.replaceAll("[^\\p{L}\\p{N}_\\s'-]", " ").replaceAll("\\s+", " ").strip();
        return s.replaceFirst("^(the|a|an) ", "");
    }

    static Set<String> keys(String name, List<String> aliases) {
        Set<String> out = new HashSet<>();
        out.add(norm(name));
        aliases.forEach(a -> out.add(norm(a)));
        out.remove("");
        return out;
    }

    /** Totals over the corpus. */
    static final class Totals {
        int gold;
        int pred;
        int matched;
        int typeOk;
        int roles;
        int roleOk;
        int affs;
        int affOk;
        int quotes;
        int found;
        int speakerOk;
        int goldRel;
        int predRel;
        int relOk;
    }

    /**
     * A batch of the corpus and its floors: actors F1, type, role, affiliation, quotes found, speaker,
     * relations F1.
     */
    static final String[] SIXTY_SEVENTH_BATCH = {"851-costa-rica-nicaragua-san-juan-shooting",
        "852-kazakhstan-turkey-drone-deal-russia",
        "853-fiji-sacked-army-chief-barracks-standoff",
        "854-unsc-eufor-althea-renewal-russia-ohr",
        "855-nigeria-lakurawa-kebbi-attack-niger-row",
        "856-colombia-recalls-envoy-uae-mercenaries-sudan",
        "857-south-ossetia-accession-referendum-georgia",
        "858-mali-jnim-frees-spanish-engineers",
        "859-puntland-dhow-arms-seizure-houthis-shabaab",
        "860-japan-vietnam-defence-pact-china-protest"};
    static final String[] SIXTY_EIGHTH_BATCH = {"861-palau-detains-chinese-fleet",
        "862-eu-monitors-armenia-azerbaijan-shelling",
        "863-zambia-rejects-eu-observers",
        "864-kuwait-refinery-drone-attack",
        "865-un-panel-libya-arms-embargo",
        "866-guinea-bissau-ecowas-suspension",
        "867-kosovo-serbia-border-shooting",
        "868-paraguay-uruguay-extradition",
        "869-burkina-faso-wfp-convoy-blocked",
        "870-indonesia-philippines-maritime-patrols"};
    static final String[] SIXTY_NINTH_BATCH = {"871-gabon-equatorial-guinea-mbanie-ruling",
        "872-togo-constitution-protests-ecowas",
        "873-unami-closure-iraq-council",
        "874-malawi-tanzania-lake-boundary",
        "875-nigeria-cameroon-bakassi-fishermen",
        "876-armenia-quits-csto-russia-reacts",
        "877-maldives-indian-troops-china-pact",
        "878-peru-mexico-asylum-row",
        "879-chad-car-border-rebels",
        "880-sudan-saf-rsf-talks-walkout"};
    static final String[] SEVENTIETH_BATCH = {"881-eswatini-sadc-protest-crackdown",
        "882-serbia-bosnia-republika-srpska-passports",
        "883-unsc-somalia-sanctions-al-shabaab-renewal",
        "884-chad-niger-fuel-pipeline-row",
        "885-guatemala-honduras-border-migrants",
        "886-timor-leste-australia-greater-sunrise",
        "887-unmiss-peacekeepers-detained-south-sudan",
        "888-azerbaijan-russia-plane-crash-row",
        "889-niger-benin-border-reopening-talks",
        "890-philippines-vietnam-coast-guard-pact"};
    static final String[] SEVENTY_FIRST_BATCH = {"891-burkina-dw-ohchr-expulsion",
        "892-unsc-unifil-lebanon-debate",
        "893-tuvalu-switches-to-china",
        "894-houthis-detain-un-staff",
        "895-haiti-mss-extension-ganthier-attack",
        "896-mozambique-macomia-attack",
        "897-venezuela-essequibo-referendum",
        "898-armenia-azerbaijan-treaty-initialled",
        "899-sudan-uae-icj-case",
        "900-niger-orano-permit-revoked"};
    static final String[] SEVENTY_SECOND_BATCH = {"901-nigeria-niger-lakurawa-raid",
        "902-unmiss-renewal-south-sudan",
        "903-kosovo-police-seize-serb-building",
        "904-somalia-expels-ethiopian-envoy",
        "905-colombia-eln-front-kidnapping",
        "906-thailand-cambodia-temple-clash",
        "907-iran-hormuz-tanker-seizure",
        "908-eu-belarus-border-sanctions",
        "909-drc-m23-kitshanga",
        "910-haiti-un-force-prison-attack"};
    static final String[] SEVENTY_THIRD_BATCH = {"911-peru-bolivia-embassy-raid",
        "912-honduras-election-observers",
        "913-belize-switches-to-beijing",
        "914-eu-sanctions-belarus-officials",
        "915-guyana-venezuela-naval-incident",
        "916-turkey-strikes-pkk-iraq",
        "917-security-council-minurso",
        "918-somalia-expels-ethiopian-envoy",
        "919-yemen-prisoner-swap-oman",
        "920-nile-dam-flooding-row"};
    static final String[] SEVENTY_FOURTH_BATCH = {"921-fiji-army-takeover-forum",
        "922-pakistan-balochistan-train-attack",
        "923-vanuatu-china-policing-pact",
        "924-tajikistan-khorog-crackdown-sanctions",
        "925-unhrc-sri-lanka-resolution-vote",
        "926-niger-expels-eu-envoy",
        "927-eccas-suspends-sao-tome",
        "928-shabaab-offensive-aussom",
        "929-zambia-election-dispute",
        "930-sudan-russia-arms-deal"};
    static final String[] SEVENTY_FIFTH_BATCH = {"931-bougainville-independence-deadline",
        "932-sri-lanka-chinese-research-ship",
        "933-rohingya-repatriation-talks",
        "934-nepal-india-map-row",
        "935-timor-leste-asean-chinese-port",
        "936-ecuador-gangs-emergency",
        "937-nicaragua-expels-oas-mission",
        "938-bolivia-failed-uprising",
        "939-peru-mexico-ambassadors",
        "940-cuba-us-sanctions-eu-dialogue"};
    static final String[] SEVENTY_SIXTH_BATCH = {"941-georgia-agents-law-eu",
        "942-kosovo-ibar-bridge-grid",
        "943-kurdistan-oil-exports-halt",
        "944-jordan-strikes-syria-smugglers",
        "945-lebanon-presidential-vacuum",
        "946-chad-france-troops-exit",
        "947-senegal-mauritania-gas-fishing",
        "948-sadc-eswatini-crisis",
        "949-tanzania-election-crackdown",
        "950-sudan-chad-rsf-weapons"};
    static final String[] SEVENTY_SEVENTH_BATCH = {"951-libya-central-bank",
        "952-algeria-spain-ambassador",
        "953-iraq-turkey-sinjar",
        "954-gaza-hostage-exchange",
        "955-oman-iran-france-swap",
        "956-south-sudan-upper-nile-clashes",
        "957-tigray-au-panel-eritrea",
        "958-kyrgyzstan-tajikistan-border-treaty",
        "959-azerbaijan-detains-russian-citizens",
        "960-csto-summit-astana-armenia-boycott"};
    static final String[] SEVENTY_EIGHTH_BATCH = {"961-philippines-china-shoal-collision",
        "962-thailand-cambodia-border-clash",
        "963-myanmar-junta-asean-envoy-bhamo",
        "964-png-australia-security-pact",
        "965-solomon-islands-china-police-deal",
        "966-serbia-kosovo-police-raid",
        "967-moldova-russia-transnistria-gas",
        "968-hungary-blocks-eu-ukraine-aid",
        "969-baltics-expel-russian-diplomats",
        "970-greece-turkey-survey-ship"};
    static final String[] SEVENTY_NINTH_BATCH = {"971-somalia-recalls-envoy-ethiopia",
        "972-drc-rwanda-luanda-talks-m23",
        "973-burkina-expels-french-diplomats",
        "974-cabo-delgado-rwanda-sadc-offensive",
        "975-ethiopia-eritrea-red-sea-tensions",
        "976-venezuela-guyana-essequibo",
        "977-haiti-kenya-mission-renewal",
        "978-colombia-eln-ceasefire-suspended",
        "979-india-pakistan-loc-firing",
        "980-pakistan-strikes-ttp-afghanistan"};
    static final String[] EIGHTIETH_BATCH = {"981-red-sea-tanker-seizure",
        "982-iraq-militia-drone-reprisals",
        "983-bahrain-iran-restore-ties",
        "984-iran-oil-network-sanctions",
        "985-unifil-south-lebanon-ceasefire",
        "986-armenia-azerbaijan-border-shelling",
        "987-trans-caspian-gas-pipeline-deal",
        "988-georgia-disputed-election-protests",
        "989-moldova-expels-russian-diplomat",
        "990-tajikistan-china-border-security-pact"};
    static final String[] EIGHTY_FIRST_BATCH = {"991-gambia-coup-ecowas",
        "992-car-russia-pact-wagner",
        "993-burkina-expels-un-aid-chief",
        "994-drc-m23-seizes-pinga",
        "995-au-extends-mnjtf-mandate",
        "996-chile-peru-border-migrants",
        "997-haiti-mss-fuel-terminal",
        "998-scarborough-shoal-water-cannon",
        "999-managua-embassy-raid",
        "1000-north-korea-icbm-sanctions"};
    static final String[] EIGHTY_SECOND_BATCH = {"1001-sudan-aid-officials-expelled",
        "1002-somalia-expels-ethiopian-envoy",
        "1003-drc-m23-doha-talks-stall",
        "1004-unmiss-drawdown-juba-restrictions",
        "1005-abyei-talks-collapse",
        "1006-eu-sanctions-baltic-cables",
        "1007-bulgaria-russia-expulsions",
        "1008-jef-troops-estonia",
        "1009-moldova-transnistria-gas",
        "1010-georgia-ossetia-court-ruling"};
    static final String[] EIGHTY_THIRD_BATCH = {"1011-asean-suspends-myanmar-envoy-barred",
        "1012-bangladesh-rohingya-boats-pushed-back",
        "1013-pakistan-convoy-ambush-ttp-kabul",
        "1014-philippines-us-missile-sites-deal",
        "1015-thailand-cambodia-temple-clash",
        "1016-haiti-kenya-reinforcements",
        "1017-guyana-venezuela-essequibo",
        "1018-guatemala-beijing-switch",
        "1019-colombia-eln-ceasefire",
        "1020-vanuatu-china-policing-pact"};

    record Batch(String label, String[] names, double actors, double type, double role, double aff, double found,
                 double speaker, double relations) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Batch> batches() {
        return Stream.of(
                new Batch("corpus", ARTICLES, 0.93, 0.90, 0.88, 0.84, 0.95, 0.95, 0.80),
                // written later in the wire style of the development set and annotated the same way, where
                // relations are harder: a guard on text the rules met only after they were written
                new Batch("second batch", SECOND_BATCH, 0.92, 0.93, 0.93, 0.92, 0.95, 0.96, 0.70),
                // from other regions (Mozambique, Western Sahara, the Taiwan Strait, Somaliland, Iraq,
                // Afghanistan, Bosnia, Chad), scored once before any rule was changed for it
                new Batch("third batch", THIRD_BATCH, 0.92, 0.95, 0.96, 0.88, 0.95, 0.95, 0.78),
                // Haiti, Yemen, Niger and Benin, Venezuela, Lebanon, eastern Congo, annotated more densely
                // (relations inside quotes, allegations), scored once before any rule was changed for it
                new Batch("fourth batch", FOURTH_BATCH, 0.93, 0.93, 0.91, 0.89, 0.95, 0.93, 0.68),
                // Ethiopia and Eritrea, Libya, Kosovo, Burkina Faso, Colombia, the Central African Republic,
                // Georgia, scored once before any rule was changed for it: relations F1 0.56 then
                new Batch("fifth batch", FIFTH_BATCH, 0.94, 0.95, 0.96, 0.86, 0.95, 0.93, 0.72),
                // Mozambique, Sudan, Somalia, Armenia and Azerbaijan, Myanmar, Niger, scored once before any
                // rule was changed for it: relations F1 0.48 then, as at the start of the session that wrote it
                new Batch("sixth batch", SIXTH_BATCH, 0.95, 0.95, 0.96, 0.88, 0.95, 0.94, 0.71),
                // a Security Council vote on South Sudan, Venezuela and Guyana, Chad and Sudan, Serbia and
                // Kosovo, the Red Sea, an ECOWAS summit on Guinea-Bissau, Pakistan and Afghanistan, scored once
                // before any rule was changed for it: relations F1 0.68, speaker 0.90, affiliation 0.85 then
                new Batch("seventh batch", SEVENTH_BATCH, 0.94, 0.96, 0.93, 0.95, 0.95, 0.92, 0.75),
                // Ethiopia and Somalia, a coup attempt in the Gambia, Israel and Hezbollah, a prisoner swap, Congo
                // and Rwanda at the Council, Scarborough Shoal, Haiti; sealed through the session that wrote it
                // and scored twice (relations F1 0.54 both times), then used for error analysis
                new Batch("eighth batch", EIGHTH_BATCH, 0.95, 0.95, 0.93, 0.80, 0.95, 0.94, 0.67),
                // Iran and the IAEA, a North Korean launch, Thailand and Cambodia, Cyprus, Syria, Colombia,
                // Kashmir: scored once before any rule was changed for it: relations F1 0.49 then
                new Batch("ninth batch", NINTH_BATCH, 0.95, 0.96, 0.96, 0.96, 0.95, 0.96, 0.66),
                // Moldova and Transnistria, Mozambique's election, Kyrgyzstan and Tajikistan, ISWAP, Tigray, the
                // Solomon Islands, Venezuela sanctions: sealed through the session that wrote it and scored at
                // its start and end (relations F1 0.38 and 0.40, affiliation 0.57), then used for error analysis
                new Batch("tenth batch", TENTH_BATCH, 0.92, 0.93, 0.95, 0.74, 0.95, 0.91, 0.61),
                // a Kyrgyz-Tajik border clash, MINUSCA's renewal, a coup attempt in Guinea-Bissau, ELN talks in
                // Mexico, Second Thomas Shoal, WFP and the RSF at El Fasher, Mozambique's election dispute:
                // sealed through the session that wrote it (relations F1 0.62 at its start, 0.61 at its end),
                // then used for error analysis
                new Batch("eleventh batch", ELEVENTH_BATCH, 0.93, 0.94, 0.93, 0.78, 0.93, 0.91, 0.76),
                // Western Sahara and MINURSO, Fano in Amhara, Republika Srpska and the High Representative,
                // Turkish strikes on the PKK in Iraq, drills around Taiwan, a Malian drone downed by Algeria,
                // Burundi closing its border with Rwanda: sealed through the session that wrote it (relations F1
                // 0.58 at its start and end), then used for error analysis
                new Batch("twelfth batch", TWELFTH_BATCH, 0.92, 0.90, 0.95, 0.84, 0.95, 0.95, 0.76),
                // five batches written at the start of one session by helpers that read only the evaluation
                // README and one development example; each used for error analysis in turn (see the corpus
                // README for the figures before and after): Chile and Peru, Kyrgyz-Uzbek water, JNIM in Benin,
                // EU sanctions on Belarus, BINUH, Scarborough Shoal, the OLA peace deal
                new Batch("thirteenth batch", THIRTEENTH_BATCH, 0.95, 0.95, 0.88, 0.86, 0.95, 0.94, 0.79),
                // a coup attempt in Sao Tome, Moldova's runoff, Yemen truce talks, a Chaman border firing, a
                // Saudi-UK defence pact, JNIM blocking aid to Djibo, Tanzania expelling a Norwegian diplomat
                new Batch("fourteenth batch", FOURTEENTH_BATCH, 0.93, 0.96, 0.94, 0.86, 0.95, 0.96, 0.69),
                // Kuwait and Iran over a gas field, ASEAN and a Thai junta, ISWAP kidnapping Chinese workers, the
                // ICJ on Essequibo, a NATO exercise in Finland, Honduras's disputed count, Kenya and UNHCR
                new Batch("fifteenth batch", FIFTEENTH_BATCH, 0.88, 0.91, 0.91, 0.74, 0.95, 0.91, 0.75),
                // Honduras against the gangs, a Baltic cable cut, Burundi's election, Oman and Israel, Thailand
                // and the BRN, a veto on Sudan aid, Burkina Faso nationalising a British miner
                new Batch("sixteenth batch", SIXTEENTH_BATCH, 0.91, 0.89, 0.90, 0.80, 0.95, 0.93, 0.72),
                // Armenia-Azerbaijan talks in Almaty, the IAEA on Iran, Guinea leaving ECOWAS, piracy off
                // Somalia, the Nile dam, an Oman-brokered prisoner swap, Georgia banning the UNM
                new Batch("seventeenth batch", SEVENTEENTH_BATCH, 0.91, 0.92, 0.86, 0.85, 0.95, 0.93, 0.65),
                // the Kyrgyz-Tajik border, MINUSCA's drawdown, sanctions on al-Shabaab's financiers, EU observers
                // in Zimbabwe, a Vanuatu-China pact, an ADF attack on MONUSCO, a German reporter held in Baku: sealed
                // through the session that wrote it (relations F1 0.47 to 0.48), then used for error analysis (0.52)
                new Batch("eighteenth batch", EIGHTEENTH_BATCH, 0.89, 0.90, 0.85, 0.81, 0.95, 0.90, 0.60),
                // Tanzania's disputed count, a dam on the Naryn, a private military company in Burkina Faso, talks
                // on Cameroon in Geneva, ASEAN and a Thai coup, a naval incident off Guyana, UNHCR in Lebanon:
                // used for error analysis from the start (relations F1 0.69 to 0.76)
                new Batch("nineteenth batch", NINETEENTH_BATCH, 0.93, 0.91, 0.87, 0.83, 0.95, 0.95, 0.80),
                // ECOWAS suspending the Gambia after a coup, a sanctions panel on South Sudan, a Qatar-brokered truce
                // in Rakhine, Honduras expelling Venezuela's ambassador, an ambush on MINUSCA, Romania arming
                // Ukraine, the Houthis blocking WFP convoys: sealed through the session that wrote it (relations F1
                // 0.56 to 0.57), then used for error analysis (0.76)
                new Batch("twentieth batch", TWENTIETH_BATCH, 0.95, 0.93, 0.91, 0.88, 0.95, 0.95, 0.79),
                // a Kyrgyz-Tajik water clash, a Colombia-Ecuador consular row, Qatar's Iran-US detainee talks, vetoes
                // on Rakhine, Kosovo expelling a Serbian official, water cannon at Second Thomas Shoal, Haitian gangs
                // blocking WFP convoys: sealed until the end of the session that wrote it (relations F1 0.62 with
                // the code before it, 0.60 with its rules), then opened for the one relation that changed (0.62),
                // then used for error analysis (0.68)
                new Batch("twenty-first batch", TWENTY_FIRST_BATCH, 0.93, 0.92, 0.95, 0.88, 0.95, 0.93, 0.78),
                // Burkina Faso's junta expelling an envoy, an Armenia-Azerbaijan border protocol, a Vietnamese boat
                // rammed by China, DR Congo-Rwanda talks in Luanda, a General Assembly vote on Sudan, the Somalia-
                // Ethiopia port dispute, sanctions and mediation over Essequibo: used for error analysis in the
                // session that wrote it (relations F1 0.72 to 0.78)
                // (its role floor 0.91 since actors keep one role, the first the text gives: its Deputy Prime
                // Minister, first said to chair the talks, is now a chair; 0.97 to 0.94)
                new Batch("twenty-second batch", TWENTY_SECOND_BATCH, 0.94, 0.94, 0.91, 0.92, 0.95, 0.93, 0.78),
                // a Vanuatu-Australia policing pact, the AU suspending Burundi after a coup, Bolivia expelling an
                // Argentine diplomat, a Russian veto on Yemen aid, a militia attack on a MINUSCA base, an Uzbek gas
                // cut-off to Tajikistan, EU sanctions on Georgian officials: used for error analysis in the session
                // that wrote it (relations F1 0.52 to 0.62)
                new Batch("twenty-third batch", TWENTY_THIRD_BATCH, 0.91, 0.90, 0.94, 0.78, 0.95, 0.92, 0.64),
                // a Kyrgyz-Tajik border clash, a Solomon Islands mining row, a Fano ceasefire, a General Assembly
                // vote on Nicaragua, Bulgaria's veto on North Macedonia, a tanker seized in Hormuz, the Gambia's
                // disputed election: scored once sealed, then used for error analysis in the session that wrote it
                // (relations F1 0.52 to 0.58, actors 0.89 to 0.95, speaker 0.86 to 0.97)
                new Batch("twenty-fourth batch", TWENTY_FOURTH_BATCH, 0.91, 0.93, 0.94, 0.87, 0.95, 0.93, 0.66),
                // Burkina Faso expelling the UN rights office, a coast guard collision at Scarborough Shoal, the
                // Gang Suppression Force in Haiti, Armenia-Azerbaijan treaty talks, an M23 offensive, a coup attempt
                // in Brazzaville, Kuwait and Iraq over tankers: scored sealed with the code at the start and at the
                // middle of the session that wrote it (relations F1 0.57 both times), then used for error analysis
                // (0.57 to 0.59, speaker 0.88 to 0.92)
                new Batch("twenty-fifth batch", TWENTY_FIFTH_BATCH, 0.94, 0.93, 0.91, 0.78, 0.95, 0.89, 0.73),
                // a junta suspending a broadcaster, a South Sudan sanctions vote, a Kyrgyz-Tajik clash, an attack
                // on a MINUSCA base, Palau and China over fishing, a walkout from Philippine peace talks, Ethiopia
                // accusing Eritrea of arming Fano: scored once with the code at the start of the session that
                // wrote it (relations F1 0.61, role 0.86, affiliation 0.74), then used for error analysis (0.74,
                // 0.91, 0.86)
                new Batch("twenty-sixth batch", TWENTY_SIXTH_BATCH, 0.92, 0.91, 0.87, 0.82, 0.95, 0.94, 0.75),
                // a prisoner swap brokered by Oman, SADC leaving Mozambique, a Kosovo-Serbia crossing, a walkout at
                // the Security Council on Haiti, Burkina Faso nationalising a mine, kidnapped Chinese workers in Niger,
                // an Armenia-France defence pact: written half-way through a session and scored with the code of then
                // before any rule was written for it (relations F1 0.75; 0.72 with the code of the session's start),
                // then used for error analysis (0.82, actors 0.95 to 0.98, affiliation 0.78 to 0.83)
                new Batch("twenty-seventh batch", TWENTY_SEVENTH_BATCH, 0.94, 0.92, 0.90, 0.84, 0.95, 0.88, 0.77),
                // Kiribati's new policing pact, a Turkmen gas cut-off, South Sudan's opposition leaving the
                // cabinet, an asylum row between Bolivia and Argentina, a Human Rights Council vote on Sri Lanka,
                // an ISWAP attack on Lake Chad, EU sanctions on Iranian drone makers: written by a helper at the
                // start of a session, scored once with the code of then (relations F1 0.34: the densest gold yet,
                // with joint statements and co-sponsors), then used for error analysis (0.52)
                new Batch("twenty-eighth batch", TWENTY_EIGHTH_BATCH, 0.91, 0.91, 0.92, 0.85, 0.95, 0.88, 0.58),
                // a Chinese squid boat seized off Argentina, a mutiny in Lesotho, UNFICYP's renewal, a Ramadan
                // truce in southern Thailand, a Mekong dam, an Oman-brokered Iran-Denmark swap, Zambia's disputed
                // count: written half-way through that session and scored with the code of its start and of
                // then (relations F1 0.72 both times: the rules written until then did not move it), then used
                // for error analysis (0.81, role 0.87 to 0.90)
                new Batch("twenty-ninth batch", TWENTY_NINTH_BATCH, 0.90, 0.94, 0.85, 0.75, 0.95, 0.93, 0.83),
                // a mutiny in Guinea-Bissau, Honduras's disputed count, a Security Council veto on North Korea, the
                // Syr Darya's water, a Houthi-Saudi truce, Moldova expelling Russian diplomats, Burundi leaving
                // AUSSOM: written by a helper at the start of a session, scored once with the code of then
                // (relations F1 0.68, affiliation 0.85), then used for error analysis (0.77, 0.88)
                new Batch("thirtieth batch", THIRTIETH_BATCH, 0.92, 0.90, 0.95, 0.83, 0.95, 0.92, 0.73),
                // sanctions on Myanmar generals and fuel firms, UN mission in Colombia, a counter-offensive in
                // Cabo Delgado, a Doha ceasefire between Pakistan and the Taliban, Azerbaijan expelling France's
                // ambassador, the AU suspending Comoros after a coup, a trawler held off Svalbard: written half-way
                // through that session and scored with the code of its start and of then (relations F1 0.52 both
                // times, affiliation 0.53), then used for error analysis (0.64, affiliation 0.76, speaker 0.83 to
                // 0.93)
                new Batch("thirty-first batch", THIRTY_FIRST_BATCH, 0.90, 0.90, 0.92, 0.74, 0.95, 0.89, 0.60),
                // a standoff at Second Thomas Shoal, a coup attempt in Bangui, EU sanctions on Iran's drone makers, a
                // Security Council debate on Haiti's mission, Gaza ceasefire talks, an Armenia-Azerbaijan border
                // clash, Ethiopia and Somalia over Somaliland's port: written by a helper at the start of the
                // nineteenth session, scored with the code of its start and of its end (relations F1 0.63, then
                // 0.66) and never used for error analysis; keep it so, as a measure of unseen text
                new Batch("thirty-second batch", THIRTY_SECOND_BATCH, 0.90, 0.90, 0.95, 0.77, 0.95, 0.93, 0.73),
                // Essequibo, a Kachin offensive, an attack in northern Kosovo, UNMISS's renewal amid clashes in
                // Upper Nile, Burkina Faso expelling French diplomats, Sirte's mobilisation, ELN talks after a
                // ceasefire breach: written at the start of that session, scored once with the code of its start
                // (relations F1 0.77, affiliation 0.86), then used for error analysis (0.84, 0.89)
                new Batch("thirty-third batch", THIRTY_THIRD_BATCH, 0.91, 0.93, 0.91, 0.84, 0.95, 0.95, 0.84),
                // a NATO summit text on Russia, Chad expelling France's ambassador, the Sahel states leaving
                // ECOWAS, a General Assembly vote on annexation, strikes on the Houthis, Cabo Delgado, Haiti's
                // council and gangs: written half-way through that session, scored with the code of its start and
                // of then (relations F1 0.72 both times), then used for error analysis (0.81, affiliation 0.85 to
                // 0.91)
                new Batch("thirty-fourth batch", THIRTY_FOURTH_BATCH, 0.93, 0.94, 0.92, 0.86, 0.95, 0.90, 0.80),
                // an Ethiopia-Eritrea build-up, UN sanctions on Burkina Faso's junta, a Thai-Cambodian temple clash,
                // Turkish strikes in northern Iraq, an al-Shabaab attack in Baidoa, Moldova's gas cut-off, Nicaragua's
                // crackdown: written at the end of the nineteenth session and scored only with the code of its start
                // and of its end (relations F1 0.68, then 0.70; affiliation 0.86, then 0.89); never analysed
                new Batch("thirty-fifth batch", THIRTY_FIFTH_BATCH, 0.90, 0.90, 0.92, 0.84, 0.95, 0.95, 0.70),
                // a Security Council vote on South Sudan's arms embargo, a Kyrgyz-Tajik border clash, Burkina Faso
                // expelling the UN coordinator, water cannon at Scarborough Shoal, ELN talks after a ceasefire breach,
                // EU sanctions over Iranian missiles for Russia, an M23 attack on a MONUSCO base: written at the start
                // of the twentieth session, scored once with the code of its start (relations F1 0.65, affiliation
                // 0.90), then used for error analysis (0.84, 0.98)
                new Batch("thirty-sixth batch", THIRTY_SIXTH_BATCH, 0.93, 0.94, 0.90, 0.93, 0.95, 0.95, 0.79),
                // a Security Council briefing on MINUSCA, a Baltic naval incident, ECOWAS sanctions after a coup in
                // Gambia, a Peru-Chile migrants row, an Arakan Army offensive, Ethiopia recognising Somaliland, an
                // India-Armenia arms deal: written half-way through that session, scored with the code of its start
                // and of then (relations F1 0.59 both times, affiliation 0.88), then used for error analysis (0.75,
                // 0.93)
                new Batch("thirty-seventh batch", THIRTY_SEVENTH_BATCH, 0.91, 0.93, 0.95, 0.88, 0.95, 0.91, 0.70),
                // a coup attempt in Sierra Leone, a Human Rights Council vote on Eritrea, Pakistani drone strikes in
                // Afghanistan, Zambia's disputed count, an Ethiopia-OLA peace deal, Czech-Russian expulsions, JNIM's
                // blockade of aid to Djibo: written at the start of the twentieth session and scored only with the code
                // of its start and of its end (relations F1 0.53, then 0.54; affiliation 0.76 both times); never analysed
                new Batch("thirty-eighth batch", THIRTY_EIGHTH_BATCH, 0.90, 0.91, 0.93, 0.75, 0.94, 0.88, 0.60),
                // Ethiopia-Eritrea talks in Nairobi, South Sudan suspending the WFP, rebels seizing a Malian town, a G7
                // statement on North Korea, an Oman-brokered Iran-France swap, an Indus waters award, Armenia's
                // contested election: written late in the twentieth session, scored with the code of its start and of
                // then (relations F1 0.63 both times), then used for error analysis (0.73)
                new Batch("thirty-ninth batch", THIRTY_NINTH_BATCH, 0.90, 0.90, 0.86, 0.86, 0.94, 0.87, 0.70),
                // Port Sudan drone strikes, Haiti's gang suppression force, Belgrade-Pristina talks collapsing, Burundi
                // and M23 in South Kivu, Vietnamese fishermen seized by China, militia clashes in Tripoli, JNIM's fuel
                // blockade of Bamako: written at the start of the twenty-first session, scored with the code of then
                // (relations F1 0.60, affiliation 0.79), then used for error analysis (0.69, 0.88)
                new Batch("fortieth batch", FORTIETH_BATCH, 0.92, 0.94, 0.92, 0.83, 0.95, 0.90, 0.64),
                // ECOWAS lifting Guinea's suspension, Jubaland and federal troops, the Houthis holding UN staff, a grain
                // ship hit off Odesa, an IAEA board resolution on Iran, Chad ending its French defence pact, Ethiopia
                // and Somaliland: written at the start of the twenty-first session and scored only with the code of
                // its start and of its end (relations F1 0.66 both times, affiliation 0.94); never analysed
                new Batch("forty-first batch", FORTY_FIRST_BATCH, 0.93, 0.90, 0.95, 0.89, 0.95, 0.95, 0.65),
                // 601-750: 150 articles by helpers of the twenty-sixth and twenty-seventh sessions that read no code,
                // ten to a batch; all were used for error analysis (701-750 only after being scored first as unseen
                // text), and the floors lie 0.03 under the figures of the code that added them
                new Batch("forty-second batch", FORTY_SECOND_BATCH, 0.93, 0.90, 0.91, 0.78, 0.95, 0.95, 0.57),
                new Batch("forty-third batch", FORTY_THIRD_BATCH, 0.91, 0.90, 0.85, 0.70, 0.95, 0.90, 0.56),
                new Batch("forty-fourth batch", FORTY_FOURTH_BATCH, 0.91, 0.93, 0.92, 0.83, 0.95, 0.88, 0.54),
                new Batch("forty-fifth batch", FORTY_FIFTH_BATCH, 0.94, 0.93, 0.94, 0.79, 0.95, 0.93, 0.57),
                new Batch("forty-sixth batch", FORTY_SIXTH_BATCH, 0.92, 0.89, 0.90, 0.84, 0.95, 0.95, 0.60),
                new Batch("forty-seventh batch", FORTY_SEVENTH_BATCH, 0.91, 0.87, 0.90, 0.63, 0.95, 0.90, 0.47),
                new Batch("forty-eighth batch", FORTY_EIGHTH_BATCH, 0.90, 0.87, 0.97, 0.75, 0.95, 0.94, 0.51),
                new Batch("forty-ninth batch", FORTY_NINTH_BATCH, 0.94, 0.93, 0.95, 0.87, 0.95, 0.94, 0.56),
                new Batch("fiftieth batch", FIFTIETH_BATCH, 0.91, 0.87, 0.87, 0.70, 0.95, 0.85, 0.62),
                new Batch("fifty-first batch", FIFTY_FIRST_BATCH, 0.92, 0.91, 0.95, 0.81, 0.95, 0.90, 0.64),
                new Batch("fifty-second batch", FIFTY_SECOND_BATCH, 0.93, 0.93, 0.87, 0.81, 0.94, 0.94, 0.56),
                new Batch("fifty-third batch", FIFTY_THIRD_BATCH, 0.91, 0.90, 0.97, 0.81, 0.95, 0.93, 0.69),
                new Batch("fifty-fourth batch", FIFTY_FOURTH_BATCH, 0.89, 0.92, 0.92, 0.75, 0.95, 0.86, 0.49),
                new Batch("fifty-fifth batch", FIFTY_FIFTH_BATCH, 0.96, 0.96, 0.94, 0.87, 0.95, 0.95, 0.58),
                new Batch("fifty-sixth batch", FIFTY_SIXTH_BATCH, 0.90, 0.88, 0.97, 0.86, 0.95, 0.91, 0.49),
                // 751-770: 20 articles by helpers of the twenty-eighth session, kept sealed through it and scored only
                // with the code of its start and its end
                new Batch("fifty-seventh batch", FIFTY_SEVENTH_BATCH, 0.95, 0.93, 0.89, 0.86, 0.94, 0.89, 0.57),
                new Batch("fifty-eighth batch", FIFTY_EIGHTH_BATCH, 0.91, 0.95, 0.89, 0.77, 0.95, 0.95, 0.49),
                // 771-800: written by three helpers of the twenty-ninth session that read no code, kept sealed through
                // it and scored only with its first and last code (relations right 169 both times); floors 0.03
                // under the figures of its last code
                new Batch("fifty-ninth batch", FIFTY_NINTH_BATCH, 0.92, 0.95, 0.91, 0.88, 0.97, 0.94, 0.56),
                new Batch("sixtieth batch", SIXTIETH_BATCH, 0.90, 0.90, 0.91, 0.76, 0.94, 0.84, 0.51),
                new Batch("sixty-first batch", SIXTY_FIRST_BATCH, 0.89, 0.90, 0.85, 0.69, 0.94, 0.84, 0.53),
                // 801-830: written by three more helpers of the twenty-ninth session, midway through it, and scored only
                // with its first code and its code of then (every count the same: relations right 170 of 260
                // predicted, and after the session's last changes); floors 0.03 under those figures
                new Batch("sixty-second batch", SIXTY_SECOND_BATCH, 0.89, 0.86, 0.89, 0.80, 0.96, 0.81, 0.45),
                new Batch("sixty-third batch", SIXTY_THIRD_BATCH, 0.92, 0.92, 0.92, 0.85, 0.96, 0.92, 0.56),
                new Batch("sixty-fourth batch", SIXTY_FOURTH_BATCH, 0.90, 0.89, 0.90, 0.80, 0.97, 0.82, 0.41),
                // 831-840: written by two helpers of the thirtieth session near its end, who read no code, and scored
                // only with that session's first and last code (every count the same: relations right 70 of 99
                // predicted); floors 0.03 under those figures
                new Batch("sixty-fifth batch", SIXTY_FIFTH_BATCH, 0.91, 0.91, 0.91, 0.80, 0.97, 0.93, 0.55),
                new Batch("sixty-sixth batch", SIXTY_SIXTH_BATCH, 0.91, 0.92, 0.95, 0.85, 0.95, 0.94, 0.67),
                // 851-860: written by two helpers of the session of 2 December 2026, who read no code, and scored with
                // that session's first code (relations right 85 of 97 predicted, of 143 in the golds); floors 0.03
                // under those figures
                new Batch("sixty-seventh batch", SIXTY_SEVENTH_BATCH, 0.90, 0.91, 0.89, 0.77, 0.95, 0.93, 0.67),
                // 861-870: written by two helpers of the thirty-seventh session, who read no code, and scored with
                // that session's first code (relations right 55 of 87 predicted, of 115 in the golds); floors 0.03
                // under those figures
                new Batch("sixty-eighth batch", SIXTY_EIGHTH_BATCH, 0.91, 0.92, 0.94, 0.85, 0.97, 0.90, 0.51),
                // 871-880: written by two helpers of the thirty-eighth session, who read no code, and scored with
                // that session's first code (relations right 61 of 75 predicted, of 91 in the golds); floors 0.03
                // under those figures
                new Batch("sixty-ninth batch", SIXTY_NINTH_BATCH, 0.94, 0.94, 0.93, 0.82, 0.97, 0.92, 0.70),
                // 881-890: written by two more helpers of the thirty-eighth session, who read no code, and scored with
                // that session's first code (relations right 59 of 79 predicted, of 95 in the golds; its last code
                // got 62 of 79, the thirty-ninth session's 65 of 81); floors 0.03 under the first code's figures
                new Batch("seventieth batch", SEVENTIETH_BATCH, 0.90, 0.88, 0.92, 0.80, 0.97, 0.94, 0.65),
                // 891-900: written by two helpers of the fortieth session, who read no code, and scored with that
                // session's first code (relations right 90 of 123 predicted, of 129 in the golds); floors 0.03 under
                // those figures
                new Batch("seventy-first batch", SEVENTY_FIRST_BATCH, 0.93, 0.96, 0.91, 0.85, 0.97, 0.93, 0.68),
                // 901-910: written by two more helpers of the fortieth session, who read no code, kept sealed through
                // that session and scored only with its first and last code (both: relations right 105 of 127
                // predicted, of 132 in the golds); floors 0.03 under those figures
                new Batch("seventy-second batch", SEVENTY_SECOND_BATCH, 0.95, 0.96, 0.95, 0.88, 0.97, 0.95, 0.78),
                // 911-920: written by two helpers of the forty-first session, who read no code, and scored with that
                // session's first code (relations right 79 of 98 predicted, of 141 in the golds); floors 0.03 under
                // those figures
                new Batch("seventy-third batch", SEVENTY_THIRD_BATCH, 0.94, 0.94, 0.93, 0.80, 0.96, 0.90, 0.63),
                // 921-930: written by two more helpers of the forty-first session, who read no code, kept sealed
                // while that session changed its rules and scored only with its first code and the code of its last
                // rule change then (both: relations right 72 of 102 predicted, of 155 in the golds); floors 0.03
                // under those figures; opened for error analysis after that
                new Batch("seventy-fourth batch", SEVENTY_FOURTH_BATCH, 0.91, 0.92, 0.93, 0.68, 0.93, 0.84, 0.53),
                // 931-940: written by two helpers of the forty-second session, who read no code, and scored with that
                // session's first code (relations right 62 of 79 predicted, of 125 in the golds); floors 0.03 under
                // those figures
                new Batch("seventy-fifth batch", SEVENTY_FIFTH_BATCH, 0.91, 0.89, 0.97, 0.78, 0.95, 0.85, 0.57),
                // 941-950: written by two more helpers of the forty-second session, who read no code, kept sealed
                // while that session changed its rules and scored only with its first code and its last (both:
                // relations right 72 of 97 predicted, of 154 in the golds); floors 0.03 under those figures
                new Batch("seventy-sixth batch", SEVENTY_SIXTH_BATCH, 0.89, 0.86, 0.92, 0.88, 0.95, 0.88, 0.54),
                // 951-960: written by two helpers of the forty-second session, who read no code, scored with that
                // session's first code and its code of then, which gave the same relations (73 right of 91 predicted, of
                // 145 in the golds), then used for error analysis; floors 0.03 under the first code's figures
                new Batch("seventy-seventh batch", SEVENTY_SEVENTH_BATCH, 0.90, 0.88, 0.91, 0.78, 0.97, 0.92, 0.58),
                // 961-970: written by two helpers of the forty-third session, who read no code, scored with that
                // session's first code (relations right 81 of 98 predicted, of 129 in the golds), then used for error
                // analysis; floors 0.03 under the first code's figures
                new Batch("seventy-eighth batch", SEVENTY_EIGHTH_BATCH, 0.95, 0.94, 0.97, 0.83, 0.97, 0.89, 0.68),
                // 971-980: written by two more helpers of the forty-third session, who read no code, kept sealed while
                // that session changed its rules and scored only with its first code and its last (both: relations right
                // 97 of 123 predicted, of 131 in the golds); floors 0.03 under those figures
                new Batch("seventy-ninth batch", SEVENTY_NINTH_BATCH, 0.95, 0.95, 0.93, 0.79, 0.97, 0.96, 0.73),
                // 981-990: written by two helpers of the forty-fourth session, who read no code, scored with that
                // session's first code (relations right 80 of 101 predicted, of 154 in the golds), then used for error
                // analysis; floors 0.03 under the first code's figures
                new Batch("eightieth batch", EIGHTIETH_BATCH, 0.93, 0.93, 0.87, 0.74, 0.97, 0.92, 0.60),
                // 991-1000: written by two more helpers of the forty-fourth session, who read no code, kept sealed while
                // that session changed its rules and scored with its first code and its last (both: relations right 79
                // of 106 predicted, of 149 in the golds); floors 0.03 under those figures
                new Batch("eighty-first batch", EIGHTY_FIRST_BATCH, 0.93, 0.94, 0.92, 0.80, 0.97, 0.93, 0.59),
                // 1001-1010: written by two helpers of the forty-fifth session, who read no code, scored with that
                // session's first code (relations right 74 of 103 predicted, of 150 in the golds), then used for error
                // analysis; floors 0.03 under the first code's figures
                new Batch("eighty-second batch", EIGHTY_SECOND_BATCH, 0.94, 0.95, 0.95, 0.87, 0.97, 0.94, 0.55),
                // 1011-1020: written by two more helpers of the forty-fifth session, who read no code, kept sealed while
                // that session changed its rules and scored with its first code and its last (both: relations right 80
                // of 93 predicted, of 126 in the golds); floors 0.03 under those figures
                new Batch("eighty-third batch", EIGHTY_THIRD_BATCH, 0.96, 0.96, 0.97, 0.89, 0.97, 0.96, 0.70));
    }

    /**
     * Each batch stays above its floors, so that a change that makes extraction worse on text it was
     * not written for shows in the build.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("batches")
    void extractionStaysAboveItsFloors(Batch b) throws IOException {
        Totals t = new Totals();
        for (String name : b.names()) {
            score(name, t);
        }
        double p = t.matched / (double) t.pred;
        double r = t.matched / (double) t.gold;
        double actorF1 = 2 * p * r / (p + r);
        double relP = t.relOk / (double) Math.max(1, t.predRel);
        double relR = t.relOk / (double) t.goldRel;
        double relF1 = relP + relR == 0 ? 0 : 2 * relP * relR / (relP + relR);
        String line = String.format(Locale.ROOT, "%s: actors F1 %.2f (P %.2f R %.2f) type %.2f role %.2f affil %.2f"
                        + " | quotes found %.2f speaker %.2f | relations F1 %.2f (P %.2f R %.2f)", b.label(), actorF1, p, r,
                t.typeOk / (double) t.gold, t.roleOk / (double) t.roles, t.affOk / (double) t.affs,
                t.found / (double) t.quotes, t.speakerOk / (double) t.quotes, relF1, relP, relR);
        System.out.println(line);
        assertTrue(actorF1 >= b.actors(), line);
        assertTrue(t.typeOk / (double) t.gold >= b.type(), line);
        assertTrue(t.roleOk / (double) t.roles >= b.role(), line);
        assertTrue(t.affOk / (double) t.affs >= b.aff(), line);
        assertTrue(t.found / (double) t.quotes >= b.found(), line);
        assertTrue(t.speakerOk / (double) t.quotes >= b.speaker(), line);
        assertTrue(relF1 >= b.relations(), line);
    }

    private void score(String name, Totals t) throws IOException {
        String text = resource(name + ".txt");
        if (text.startsWith("source:")) {
            text = text.split("\n", 3)[2];
        }
        Dossier d = importer.extractText(text, name);
        JsonObject gold = JsonParser.parseString(resource(name + ".gold.json")).getAsJsonObject();
        JsonArray ga = gold.getAsJsonArray("actors");
        List<Actor> pa = d.actors();
        List<Set<String>> gk = new ArrayList<>();
        Map<String, Integer> goldIndex = new HashMap<>();
        for (int j = 0; j < ga.size(); j++) {
            JsonObject g = ga.get(j).getAsJsonObject();
            List<String> aliases = new ArrayList<>();
            if (g.has("aliases")) {
                g.getAsJsonArray("aliases").forEach(x -> aliases.add(x.getAsString()));
            }
            gk.add(keys(g.get("name").getAsString(), aliases));
            goldIndex.put(norm(g.get("name").getAsString()), j);
        }
        int[] owner = new int[ga.size()];
        java.util.Arrays.fill(owner, -1);
        List<List<Integer>> adj = new ArrayList<>();
        for (Actor a : pa) {
            Set<String> k = keys(a.name(), a.aliases());
            List<Integer> js = new ArrayList<>();
            for (int j = 0; j < gk.size(); j++) {
                Set<String> common = new HashSet<>(k);
                common.retainAll(gk.get(j));
                if (!common.isEmpty()) {
                    js.add(j);
                }
            }
            adj.add(js);
        }
        for (int i = 0; i < pa.size(); i++) {
            augment(i, adj, owner, new HashSet<>());
        }
        Map<Integer, Integer> predToGold = new HashMap<>();
        for (int j = 0; j < owner.length; j++) {
            if (owner[j] >= 0) {
                predToGold.put(owner[j], j);
            }
        }
        Map<String, Integer> idToPred = new HashMap<>();
        for (int i = 0; i < pa.size(); i++) {
            idToPred.put(pa.get(i).id(), i);
        }
        t.gold += ga.size();
        t.pred += pa.size();
        t.matched += predToGold.size();
        for (Map.Entry<Integer, Integer> e : predToGold.entrySet()) {
            Actor a = pa.get(e.getKey());
            JsonObject g = ga.get(e.getValue()).getAsJsonObject();
            if (a.type().id().equals(str(g, "type"))) {
                t.typeOk++;
            }
            if (str(g, "role") != null) {
                Set<String> pr = new HashSet<>(List.of(norm(a.role()).split(" ")));
                Set<String> gr = new HashSet<>(List.of(norm(str(g, "role")).split(" ")));
                pr.remove("");
                if (!pr.isEmpty() && (gr.containsAll(pr) || pr.containsAll(gr))) {
                    t.roleOk++;
                }
            }
            if (str(g, "affiliation") != null) {
                Integer pi = a.affiliation() == null ? null : idToPred.get(a.affiliation());
                Integer gj = pi == null ? null : predToGold.get(pi);
                if (gj != null && gj.equals(goldIndex.get(norm(str(g, "affiliation"))))) {
                    t.affOk++;
                }
            }
        }
        for (JsonElement x : ga) {
            t.roles += str(x.getAsJsonObject(), "role") != null ? 1 : 0;
            t.affs += str(x.getAsJsonObject(), "affiliation") != null ? 1 : 0;
        }
        for (JsonElement x : gold.getAsJsonArray("quotes")) {
            JsonObject q = x.getAsJsonObject();
            String[] w = norm(q.get("text_start").getAsString()).split(" ");
            String start = String.join(" ", java.util.Arrays.copyOf(w, Math.min(5, w.length)));
            t.quotes++;
            boolean found = false;
            boolean right = false;
            for (Quote pq : d.quotes()) {
                if (norm(pq.text()).contains(start)) {
                    found = true;
                    Integer pj = predToGold.get(idToPred.get(pq.speaker()));
                    right |= pj != null && pj.equals(goldIndex.get(norm(q.get("speaker").getAsString())));
                }
            }
            t.found += found ? 1 : 0;
            t.speakerOk += right ? 1 : 0;
        }
        Set<String> goldRel = new HashSet<>();
        for (JsonElement x : gold.getAsJsonArray("relations")) {
            JsonObject r = x.getAsJsonObject();
            Integer a = goldIndex.get(norm(str(r, "source")));
            Integer b = goldIndex.get(norm(str(r, "target")));
            if (a != null && b != null) {
                goldRel.add(Math.min(a, b) + "-" + Math.max(a, b) + "-" + str(r, "polarity"));
            }
        }
        Set<String> predRel = new HashSet<>();
        int unmapped = 0;
        for (Relation r : d.relations()) {
            Integer a = predToGold.get(idToPred.get(r.source()));
            Integer b = predToGold.get(idToPred.get(r.target()));
            if (a == null || b == null || a.equals(b)) {
                unmapped++;
                continue;
            }
            predRel.add(Math.min(a, b) + "-" + Math.max(a, b) + "-" + r.polarity().id());
        }
        t.goldRel += goldRel.size();
        t.predRel += predRel.size() + unmapped;
        predRel.retainAll(goldRel);
        t.relOk += predRel.size();
    }

    private static boolean augment(int i, List<List<Integer>> adj, int[] owner, Set<Integer> seen) {
        for (int j : adj.get(i)) {
            if (seen.add(j) && (owner[j] < 0 || augment(owner[j], adj, owner, seen))) {
                owner[j] = i;
                return true;
            }
        }
        return false;
    }

    private static String str(JsonObject o, String f) {
        // as the development set's scorer reads them: an empty field is no field
        return o.has(f) && !o.get(f).isJsonNull() && !o.get(f).getAsString().isBlank() ? o.get(f).getAsString() : null;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CorpusQualityTest.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IOException("missing corpus file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
