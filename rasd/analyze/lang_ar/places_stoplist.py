"""Place-name data for the places component (normalized keys, see rasd.analyze.arabic.normalize).

How the stoplist was made: every one-word GeoNames name of the gazetteer was counted in the 31,030
SaudiNewsNet articles (document frequency); the names seen in 30+ articles were read by hand and
those that are mostly common words, personal names or club names there were kept here. A stoplisted
word is still a place after a trigger noun (``مدينة الخبر``, ``بلدة الباب``).
"""

#: One-word names that are common Arabic words (or names of people, clubs, newspapers) far more
#: often than places in news. Curated and CLDR country names are not affected.
COMMON_WORD_NAMES = frozenset("""
واري اري يزد بري السفيره الصعيد فرعون
سيميل سميل كلك دبس بدره جومان الرفاعي مخمور السلمان الحضر الميمونه الخالص
كان وان فان مدينه المدينه جديده الجديد الجديده الخبر خبر البلاد الحكومه بيان عنه الاتحاد عين الخميس
الجمعه الاحد السبت الاثنين الثلاثاء الاربعاء بانه دور دوله نادي السوق اطار امن ادي جامعه نايف سنه يوما
التحالف عاليه سوف انا النصر ناصر الدور الحد معسكر سيما الشهداء سلامه المصدر الاشهر قوله الزياره وقف
مرات اوباما الصور الصوره دورا راي العمال الحزم بلد صيف لاول سالم رصد امل الخبراء الاشاره جمال الام
الثوره ثوره جنيه الحي الوجه الخمس العين البيضاء بشار السجن ليل الحاضر الطرف حارس سحب كسب الخضراء
الجميل شعب سلطات اري الباب الكريمه كريمه نور طراز الطيبه اشرف الحريه بسيط البسيط سله جناته سلوك
الساحل صفا رده الصف الحمراء ميدان الم الزعيم خالص الفحص الراس ميل بول الشيوخ تامه الهجره السد الفندق
رياض السوداء برقيه الطبقه حكما جان الهنديه امان مارتن محلات وردا حاتم مول المنشاه ادم كوينز اله
القصر الحراك الهاشميه ابا النادره هام واين بيل ساره العبور الحرف ادري الوادي الكردي ينقل عشاق قصور
القاسم سلوي هولاند العزيزيه بشري داخله بيانه اليس حربيه مون انتم بخاري كورونا دولا كلينتون سلميه
البيض سار المجد الري الحرجه ميادين الروضه جاسم الخارجه رشيد القصور داليا بحري عمد قاره الصلبه روي
عنك هوي الرفاعي الجماليه العماره بركه العمود عمران يهود السوده ورود ادريان دير مشهد بورصه تشيلسي
الاحمدي الزاويه حجه عقبه صور دوما الجزيره الدوله المملكه العاصمه
الضاحيه القطاع الضفه الاقصي جنه السلميه حديثه
""".split()) | frozenset("""
فلاديمير ديلي سيرجي بهوي سهيل غالي الين تروي انسي هورست حصار سور تويوتا تاما ربك اليزابيث لين الات
يونغ يونج ويلسون مكن مرفا ترمز شوط بلان التون دخيل الما هاله ستيوارت اباده لونه ديربي سول بله ووكر
الفين بيري برده جرير جاكسون اوبرا ساري نانسي البندقيه توتنهام ليفربول فولفسبورغ سوانزي واتفورد
تلا سعيده العيون الحمام الصافي النجمه الغازيه الوقف البرج الفحم سحر مساكن السويديه الشفا البدع
الغانم قبلي تربه بركان الرديف كسوه عصب النعمه اصيله المذنب
""".split())
#: The second block above was derived from data (see the module docstring): one-word GeoNames names
#: that strict matching keeps (15,000+ people), of places under 500,000 people, seen bare in 15+
#: SaudiNewsNet articles; read by hand, the common words (تلا "followed", حصار "siege", الفين
#: "two thousand"), personal names (فلاديمير, جاكسون), brands and football clubs (تويوتا, ليفربول)
#: were kept. Towns that news does name (جنيف, نابلس, العريش, ينبع) were not.

#: Nouns that make the next words a place even when they are common words (``مدينة الباب``).
PLACE_TRIGGERS = frozenset("""
مدينه بلده قريه محافظه ولايه مديريه منطقه حي مخيم ناحيه قضاء اقليم جزيره ميناء مرفا عاصمه
""".split())
#: Their dual construct and plural forms (``منطقتي الوهط وصبر``, ``محافظات المحويت وعمران``): the next
#: word may be a small town, but not one named like a common word (``مناطق جديدة``, ``مدن البلاد``).
#: ``مدينتي`` is left out: it is also "my city".
PLACE_TRIGGERS_PLURAL = frozenset("""
بلدتي قريتي محافظتي ولايتي مديريتي منطقتي مخيمي
مدن بلدات قري محافظات ولايات مديريات مناطق مخيمات
""".split())

#: Place names that are also newspapers' (Asharq al-Awsat, Al-Riyadh, Al-Madina, Al-Jazirah): alone inside quotes
#: they name the paper (``في اتصال مع «الشرق الأوسط»``, ``علمت "الرياض"``, ``أثينا - «الشرق الأوسط»:``), unless a
#: place noun heads them (``العاصمة "الرياض"``). Not مكة: a quoted «مكة» is more often the city (``يا «مكة»``) than
#: the Makkah paper.
MEDIA_NAMES = frozenset({"الشرق الاوسط", "الرياض", "المدينه", "الجزيره"})

#: Heads of multi-word names whose last words alone then name the same place in that article
#: (``جبال مران`` ... ``مران``): one sense per discourse.
GENERIC_HEADS = frozenset("جبل جبال مخيم حي محافظه منطقه معبر منفذ قاعده نهر مدينه جزيره سهل وادي".split())

#: Words that, right before a place name, make it part of an organisation or medium name
#: (``جامعة المجمعة``, ``صحيفة الرياض``, ``وكالة أنباء الإمارات``, ``أنصار بيت المقدس``,
#: ``اتحاد جدة``), or a person's (``ابن سيناء``): not a place mention. Not ``منتخب``: a national or
#: regional team (منتخب مصر، منتخب القصيم) is named after the place it stands for, a mention of it
#: (the convention of tests/data/places/SOURCE-blind.txt), unlike a club's own name.
ORG_HEADS = frozenset("""
جامعه نادي صحيفه جريده قناه وكاله انباء اذاعه فريق بنك مصرف شركه حزب حركه تلفزيون مجله مكتبه ارامكو
نواب برلمان مقاطعه انصار كتائب لواء اتحاد ابن بن
""".split())

#: Words that, right after a place name, make it a company's name (مصر للطيران "EgyptAir", السعودية
#: للكهرباء, الخطوط الجوية ...): not a place mention.
ORG_TAILS = frozenset("للطيران للكهرباء للاتصالات للصناعات للتامين للاستثمار للبتروكيماويات للتعدين".split())

#: Documents and events named after a place (``إعلان القاهرة``, ``اتفاق الرياض``, ``مؤتمر جنيف``,
#: ``قمة الرياض``, ``مهرجان الجنادرية``): the place name is part of the document's or event's name,
#: not a place mention. Rule (also for summits and conferences, though they happened there): the
#: name is the event's, and the text is about the event, often far from the place (the Geneva
#: talks on Syria); an article that reports from the venue names it on its own (``في الرياض``).
#: Talks (``محادثات جنيف``) are not in the list: the talks' place is where they are held.
EVENT_HEADS = frozenset("""
اعلان اتفاق اتفاقيه معاهده ميثاق وثيقه بروتوكول مبادره بيان مؤتمر قمه مهرجان منتدي ملتقي مقررات
""".split())

#: Feminine nisba adjectives that are also country names: after a definite word or a feminine noun
#: they are adjectives (``العاصمة السعودية``, ``منطقة سورية``), otherwise the country
#: (``أعلنت السعودية``, ``في سورية``).
NISBA_COUNTRY_KEYS = frozenset({"السعوديه", "سوريه"})
#: ... and other place names that are adjectives after a definite noun: القائم "existing", المجمعة "combined"
#: (التعاون العسكري القائم، قوة المهام المشتركة المجمعة; Al-Qa'im, Al Majma'ah otherwise).
ADJECTIVE_COUNTRY_KEYS = NISBA_COUNTRY_KEYS | {"القائم", "المجمعه"}
#: Organisation nouns whose name may go on with ل + a place (الهيئة الملكية للجبيل وينبع، جبهة التحرير الوطني
#: لتشاد): that place, and a place joined to it by و, belong to the name.
ORG_OF_HEADS = frozenset("هيئه الهيئه جبهه منظمه المنظمه جمعيه الجمعيه مؤسسه المؤسسه لجنه اللجنه".split())
# (not الجبهة "the front": الجبهة الشرقية لبنغازي is a place)
#: Words after which a name is a verb's or idiom's, not a place: حماه الله "God protected it", النيل منه
#: "harming him" (the Nile, Hama).
NOT_PLACE_AFTER = {"حماه": frozenset({"الله"}), "النيل": frozenset({"منه", "منها", "منهم", "من", "منا", "منك"})}

#: Nouns after which an unknown word is taken for the name of a district, village or mountain that the
#: gazetteer lacks (``منطقة الضباب``, ``جبل صبر``, ``بلدة كفريا``): placed near the closest town of the
#: article (see ``places._local_places``). Not قضاء, which is also "spending" (قضاء العيد).
LOCAL_HEADS = frozenset("""
حي منطقه منطقتي قريه قريتي بلده بلدتي مديريه ناحيه جبل جبال مخيم وادي سهل ضاحيه متنزه منتزه
""".split())
#: First words of two-word local names (``دار سعد``, ``الشيخ عثمان``, ``بني مالك``, ``كفر نبل``).
LOCAL_NAME_STARTS = frozenset("ابو ام بني دار عين بيت كفر تل دير بئر راس الشيخ مرج خان".split())
#: Words frequent after local place nouns that are not place names, read off the 264 most frequent such
#: words in SaudiNewsNet: set phrases (منطقة اليورو، منطقة الجزاء، حي يرزق "alive"), industries and
#: generic areas. Adjectives (منطقة عازلة، حي سكني) are told by their form, see ``places._local_places``.
LOCAL_NOT_NAMES = frozenset("""
اليورو الجزاء اليابسه الجليد السفارات العطلات امتياز التقاء مناظر الحلال الحشر الكود القهر يرزق حوائجهم
استرخاء ابهام العكر السيليكون السليكون البحيرات الاملاح الدلتا دلتا الاعمال الصراع النزاع العمليات
التوثيق احراش
""".split())

#: Prepositions: a word right after one is a noun, not an adjective agreeing with the noun before it
#: (``في الشرقية``), nor a verb (``في نجد``, not ``نجد`` "we find").
PREPOSITIONS = frozenset("في من الي علي عن".split())

#: Names that are also common verbs (``نجد`` "we find": 600 uses in SaudiNewsNet, ~30 of them the
#: region): a place only after a preposition, a place noun or ``أهل``/``بلاد`` (``في نجد``, ``أهل نجد``),
#: with ب attached (``بنجد``), or next to another place in a list (``نجد والحجاز``).
VERB_NAMES = frozenset({"نجد", "دمر"})  # (دمر: Dummar, a suburb of Damascus; "destroyed")
VERB_NAME_HEADS = PREPOSITIONS | PLACE_TRIGGERS | frozenset("اهل واهل بلاد هضبه".split())

#: Regional adjectives Saudi news uses bare as a region's name (``الرياض والشرقية``, ``المنطقتين الشرقية
#: و الرياض``, ``الدفاع المدني بالشرقية``, ``أمير الشرقية``) -> the keys of the regions they may name
#: (the article's country focus chooses: ``أبو حماد بالشرقية في مصر`` is Egypt's governorate). Read off
#: the 2,400 uses of bare الشرقية in SaudiNewsNet: after a definite noun or a place it is an adjective
#: (``المنطقة الشرقية``, ``الغوطة الشرقية``, ``أوروبا الشرقية``), after an institution mostly part of
#: its name (``غرفة الشرقية``, ``أمانة الشرقية``), so only the contexts below make it a place.
REGION_ADJECTIVE_NAMES = {"الشرقيه": ("المنطقه الشرقيه", "محافظه الشرقيه")}
#: ... after these words (a preposition, the dual and plural of منطقة, the region's governor):
REGION_ADJECTIVE_HEADS = PREPOSITIONS | frozenset("""
منطقتي المنطقتين منطقتا المنطقتان مناطق بمنطقتي بالمنطقتين بمناطق ومناطق امير وامير لامير اماره باماره
""".split())

#: ``المنطقة`` + a direction: in a Saudi article the Saudi region news calls so (المنطقة الغربية = the
#: Hejaz, المنطقة الشرقية = the Eastern Province), in an article about another country that country's part
#: (المنطقة الشرقية of a Libyan story = eastern Libya): normalized key -> the direction word of the
#: ``direction + country`` regions of curated.tsv (شرق ليبيا).
DIRECTION_AREA_KEYS = {
    "المنطقه الشرقيه": "شرق", "المنطقه الغربيه": "غرب", "المنطقه الجنوبيه": "جنوب", "المنطقه الشماليه": "شمال",
    "المنطقه الوسطي": "وسط",
}
