//! The evaluation's ids and alias lists (shared/eval/aliases.json, copied as a table): every listed
//! surface must be recognized as that id (or, for a capital, as a city whose parent is that id).

use rasad_core::entities::gazetteer;

const SEED_ALIASES: &[(&str, &[&str])] = &[
    ("KZ", &["كازاخستان", "كازخستان", "الكازاخي", "كازخي", "كازاخي", "الكازاخية", "كازاخية", "Kazakhstan"]),
    ("UZ", &["أوزبكستان", "اوزبكستان", "أوزبكي", "الأوزبكية", "Uzbekistan"]),
    ("TJ", &["طاجيكستان", "طاجيكي", "الطاجيكية", "Tajikistan"]),
    ("KG", &["قرغيزستان", "قيرغيزستان", "قرغيزي", "Kyrgyzstan"]),
    ("TM", &["تركمانستان", "تركماني", "Turkmenistan"]),
    ("DE", &["ألمانيا", "المانيا", "الألمانية", "ألماني", "الألمان", "برلين", "Germany"]),
    ("FR", &["فرنسا", "الفرنسية", "فرنسي", "الفرنسيين", "France"]),
    ("BE", &["بلجيكا", "البلجيكية", "Belgium"]),
    ("GB", &["بريطانيا", "المملكة المتحدة", "البريطانية", "United Kingdom"]),
    ("US", &["الولايات المتحدة", "أمريكا", "أميركا", "الأمريكية", "الأميركية", "واشنطن", "United States"]),
    ("SY", &["سوريا", "سورية", "السورية", "السوري", "Syria"]),
    ("IQ", &["العراق", "العراقية", "العراقي", "Iraq"]),
    ("TR", &["تركيا", "التركية", "التركي", "أنقرة", "Turkey"]),
    ("RU", &["روسيا", "الروسية", "الروسي", "موسكو", "Russia"]),
    ("AF", &["أفغانستان", "افغانستان", "Afghanistan"]),
    ("BR", &["البرازيل", "Brazil"]),
    ("central_asia", &["آسيا الوسطى", "اسيا الوسطى", "Central Asia"]),
    ("europe", &["أوروبا", "اوروبا", "أوربا", "الأوروبية", "Europe"]),
    ("north_africa", &["شمال أفريقيا", "شمال إفريقيا", "North Africa"]),
    ("chechnya", &["الشيشان", "شيشاني", "الشيشانية", "Chechnya"]),
    (
        "isis",
        &["داعش", "تنظيم الدولة", "الدولة الإسلامية", "تنظيم الدولة الإسلامية", "تنظيم داعش", "ISIS", "Islamic State"],
    ),
    ("nusra_front", &["جبهة النصرة", "النصرة", "Nusra Front", "al-Nusra Front"]),
    ("al_qaeda", &["القاعدة", "تنظيم القاعدة", "al-Qaeda"]),
    ("sdf", &["قسد", "قوات سوريا الديمقراطية", "SDF", "Syrian Democratic Forces"]),
    ("un_security_council", &["مجلس الأمن الدولي", "مجلس الأمن", "UN Security Council"]),
    ("bfv", &["المخابرات الداخلية الألمانية", "الاستخبارات الداخلية الألمانية", "هيئة حماية الدستور", "BfV"]),
    ("global_coalition_against_isis", &["التحالف الدولي", "التحالف الدولي لمحاربة تنظيم الدولة", "Global Coalition"]),
    ("voa", &["صوت أمريكا", "صوت أميركا", "Voice of America", "VOA"]),
    ("wsj", &["وول ستريت جورنال", "Wall Street Journal"]),
    ("megapolis", &["ميغابولوس", "Megapolis"]),
    ("der_spiegel", &["دير شبيغل", "شبيغل", "Der Spiegel"]),
    ("brics", &["بريكس", "BRICS"]),
    ("sana", &["سانا", "وكالة سانا", "SANA"]),
];

#[test]
fn seed_ids_exist_and_their_aliases_are_recognized() {
    let g = gazetteer();
    let mut failures = Vec::new();
    for (id, surfaces) in SEED_ALIASES {
        if g.get(id).is_none() {
            failures.push(format!("{id}: no such entry"));
            continue;
        }
        for s in *surfaces {
            let ids = g.ids_in(s);
            let ok = ids.iter().any(|i| i == id || g.get(i).and_then(|e| e.parent.as_deref()) == Some(*id));
            if !ok {
                failures.push(format!("{id}: {s} → {ids:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_country_has_an_arabic_name_and_the_main_ones_a_demonym() {
    let g = gazetteer();
    let countries: Vec<_> = g.all().iter().filter(|e| e.kind == rasad_core::EntityKind::Country).collect();
    assert!(countries.len() >= 195);
    assert!(countries.iter().all(|c| c.name_ar.chars().any(|ch| ('\u{0600}'..='\u{06FF}').contains(&ch))));
    // Arab League members (but Comoros: its nisba `قمري` is the everyday word for "lunar"), Central Asia, the Caucasus, Europe's main countries and other frequent ones.
    let need_demonym = [
        "DZ", "BH", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY",
        "TN", "AE", "YE", "KZ", "KG", "TJ", "TM", "UZ", "AZ", "AM", "GE", "DE", "FR", "GB", "IT", "ES", "NL", "BE",
        "SE", "AT", "PL", "US", "RU", "CN", "TR", "IR", "AF", "PK", "IN", "IL", "UA",
    ];
    let missing: Vec<&str> = need_demonym
        .iter()
        .copied()
        .filter(|id| {
            let e = g.get(id).unwrap_or_else(|| panic!("{id} missing"));
            let ids =
                g.ids_in(&format!("ال{}ين", e.aliases.iter().find(|a| a.ends_with('ي')).map_or("", String::as_str)));
            !ids.iter().any(|i| i == id)
        })
        .collect();
    assert!(missing.is_empty(), "no usable demonym for {missing:?}");
}
