//! An ISCM's page, the glossary, the topic pages and the page about the data.

crate::ui_text! {
    /// Strings of the ISCM, glossary, topic and about pages.
    pub struct PagesText {
        glossary_title: "Glossary", "Glossaire", "Glosario";

        // An ISCM's page.
        not_found_title: "ISCM not found", "ISCM introuvable", "ISCM no encontrado";
        not_found_text: "No ISCM in the dataset has the id “{id}”.",
            "Aucun ISCM du jeu de données n’a l’identifiant «\u{a0}{id}\u{a0}».",
            "Ningún ISCM del conjunto de datos tiene el identificador «{id}».";
        iscm_title_short: "{short_name} – fact sheet", "{short_name} – fiche descriptive", "{short_name} – ficha descriptiva";
        see_all_iscms: "See all ISCMs", "Voir tous les ISCM", "Ver todos los ISCM";
        iscm_description: "{short_name}: {kind}, {n} member States, established {year}. Facts, themes and sources from IOM's 2019 assessment.",
            "{short_name}\u{a0}: {kind}, {n}\u{a0}États membres, créé en {year}. Faits, thèmes et sources tirés de l’évaluation de l’OIM de 2019.",
            "{short_name}: {kind}, {n} Estados miembros, creado en {year}. Datos, temas y fuentes de la evaluación de la OIM de 2019.";
        label_name: "Name (and acronym)", "Nom (et acronyme)", "Nombre (y sigla)";
        label_type: "Type", "Type", "Tipo";
        label_members: "Number of member States", "Nombre d’États membres", "Número de Estados miembros";
        label_established: "Year established", "Année de création", "Año de creación";
        label_regions: "Region(s) covered", "Région(s) couverte(s)", "Región(es) abarcada(s)";
        label_organizations: "Associated regional or multi-stakeholder organization(s)",
            "Organisation(s) régionale(s) ou multipartite(s) associée(s)",
            "Organización(es) regional(es) o de múltiples partes interesadas asociada(s)";
        label_chair: "Chair-in-office", "Présidence en exercice", "Presidencia en ejercicio";
        label_secretariat: "Secretariat(s)", "Secrétariat(s)", "Secretaría(s)";
        label_iom_role: "Role of IOM in the ISCM", "Rôle de l’OIM dans l’ISCM", "Función de la OIM en el ISCM";
        since_then: "Since then (as of {date}): ", "Depuis (à jour en {date})\u{a0}: ", "Desde entonces (a {date}): ";
        breadcrumb: "Breadcrumb", "Fil d’Ariane", "Ruta de navegación";
        back_filtered: "Back to the filtered list", "Retour à la liste filtrée", "Volver a la lista filtrada";
        all_iscms: "All ISCMs", "Tous les ISCM", "Todos los ISCM";
        fact_sheet: "Fact sheet", "Fiche descriptive", "Ficha descriptiva";
        fact_sheet_intro: "As printed in Annex 2 of the report, updated as of {as_of} (dataset version {version}).",
            "Telle qu’imprimée à l’annexe 2 du rapport, à jour en {as_of} (version {version} des données).",
            "Tal como figura en el anexo 2 del informe, actualizada a {as_of} (versión {version} de los datos).";
        thematic_foci: "Thematic foci", "Priorités thématiques", "Prioridades temáticas";
        no_themes: "Annex 10 ticks no theme for this ISCM.",
            "L’annexe 10 ne coche aucun thème pour cet ISCM.",
            "El anexo 10 no marca ningún tema para este ISCM.";
        themes_unknown: "Not covered by Annex 10: the report's table of thematic foci has no column for this ISCM, so its themes are unknown.",
            "Absent de l’annexe 10\u{a0}: le tableau des priorités thématiques du rapport n’a pas de colonne pour cet ISCM, ses thèmes sont donc inconnus.",
            "No figura en el anexo 10: el cuadro de prioridades temáticas del informe no tiene columna para este ISCM, por lo que sus temas se desconocen.";
        themes_unclear: "Unclear in Annex 10, whose row is garbled in the source: {themes}. See the data notes below.",
            "Incertain dans l’annexe 10, dont la ligne est illisible dans la source\u{a0}: {themes}. Voir les notes sur les données ci-dessous.",
            "Dudoso en el anexo 10, cuya fila es ilegible en la fuente: {themes}. Véanse las notas sobre los datos más abajo.";
        source_annex10: "Source: the report, Annex 10", "Source\u{a0}: le rapport, annexe 10", "Fuente: el informe, anexo 10";
        participation: "Participation", "Participation à l’enquête et à la GRCP 8", "Participación";
        answered_survey: "Answered the 2019 assessment survey",
            "A répondu à l’enquête d’évaluation de 2019",
            "Respondió a la encuesta de evaluación de 2019";
        attended_grcp8: "Attended GRCP 8 (5 April 2019)",
            "A participé à la GRCP 8 (5 avril 2019)",
            "Asistió a la GRCP 8 (5 de abril de 2019)";
        yes: "Yes", "Oui", "Sí";
        no: "No", "Non", "No";
        source_annex7: "Source: the report, Annex 7", "Source\u{a0}: le rapport, annexe 7", "Fuente: el informe, anexo 7";
        at_grcp8: "At GRCP 8", "À la GRCP 8", "En la GRCP 8";
        sources_say: "What the sources say", "Ce que disent les sources", "Lo que dicen las fuentes";
        sources_say_intro: "Passages of the report (chapters 1 to 6) and of IOM's 2018 review of ISCMs and the Global Compact for Migration that name this ISCM, quoted with their sections.",
            "Passages du rapport (chapitres 1 à 6) et de l’examen de 2018 de l’OIM sur les ISCM et le Pacte mondial sur les migrations qui nomment cet ISCM, cités avec leurs sections.",
            "Pasajes del informe (capítulos 1 a 6) y del examen de 2018 de la OIM sobre los ISCM y el Pacto Mundial para la Migración que mencionan este ISCM, citados con sus secciones.";
        fact_notes: "Data notes on the fact sheet", "Notes sur les données de la fiche", "Notas sobre los datos de la ficha";
        fact_notes_intro: "What the sources leave unclear about this ISCM's facts, and what the dataset does about it.",
            "Ce que les sources laissent incertain sur les faits de cet ISCM, et ce que fait le jeu de données à ce sujet.",
            "Lo que las fuentes dejan poco claro sobre los datos de este ISCM, y lo que hace el conjunto de datos al respecto.";
        pager: "Previous and next ISCM", "ISCM précédent et suivant", "ISCM anterior y siguiente";

        // What the sources say about an ISCM.
        loading_statements: "Loading what the sources say…", "Chargement de ce que disent les sources…", "Cargando lo que dicen las fuentes…";
        no_statements: "The report's chapters and the 2018 GCM review say nothing about this ISCM individually; it appears only in the report's tables and annexes.",
            "Les chapitres du rapport et l’examen de 2018 sur le Pacte mondial ne disent rien de cet ISCM en particulier\u{a0}; il n’apparaît que dans les tableaux et annexes du rapport.",
            "Los capítulos del informe y el examen de 2018 sobre el Pacto Mundial no dicen nada de este ISCM en particular; solo aparece en los cuadros y anexos del informe.";
        statement_notes: "Data notes on these passages", "Notes sur les données de ces passages", "Notas sobre los datos de estos pasajes";
        topic_contribution: "Contributions", "Apports", "Contribuciones";
        topic_structure: "Structure", "Structure organisationnelle", "Estructura";
        topic_funding: "Funding", "Financement", "Financiación";
        topic_partnership: "Partnerships", "Partenariats", "Alianzas";
        topic_overlap: "Overlaps", "Chevauchements", "Superposiciones";
        topic_gcm: "Global Compact for Migration", "Pacte mondial sur les migrations", "Pacto Mundial para la Migración";
        topic_theme: "Thematic focus", "Priorité thématique", "Prioridad temática";
        topic_history: "History", "Historique", "Historia";
        topic_impact: "Impact", "Retombées", "Impacto";
        topic_role: "Role", "Rôle", "Función";
        level_national: "National level. ", "Niveau national. ", "Nivel nacional. ";
        level_bilateral: "Bilateral level. ", "Niveau bilatéral. ", "Nivel bilateral. ";
        level_regional: "Regional level. ", "Niveau régional. ", "Nivel regional. ";
        level_interregional: "Interregional level. ", "Niveau interrégional. ", "Nivel interregional. ";
        level_global: "Global level. ", "Niveau mondial. ", "Nivel mundial. ";

        // An ISCM at GRCP 8.
        loading_agenda: "Loading the GRCP 8 agenda…", "Chargement de l’ordre du jour de la GRCP 8…", "Cargando el orden del día de la GRCP 8…";
        attended_no_role: "It attended GRCP 8 but had no named role in the agenda.",
            "Il a participé à la GRCP 8 sans rôle nommé à l’ordre du jour.",
            "Asistió a la GRCP 8 pero no tuvo ninguna función nominal en el orden del día.";
        did_not_attend: "It did not attend GRCP 8 and has no role in the agenda.",
            "Il n’a pas participé à la GRCP 8 et n’a aucun rôle à l’ordre du jour.",
            "No asistió a la GRCP 8 y no tiene ninguna función en el orden del día.";
        roles_caption: "Roles in the GRCP 8 agenda", "Rôles à l’ordre du jour de la GRCP 8", "Funciones en el orden del día de la GRCP 8";
        col_time: "Time", "Heure", "Hora";
        col_slot: "Agenda slot", "Point de l’ordre du jour", "Punto del orden del día";
        col_role: "Role", "Rôle", "Función";
        col_person: "Person", "Personne", "Persona";
        source_annex8: "Source: the report, Annex 8 (agenda of GRCP 8, 5 April 2019)",
            "Source\u{a0}: le rapport, annexe 8 (ordre du jour de la GRCP 8, 5 avril 2019)",
            "Fuente: el informe, anexo 8 (orden del día de la GRCP 8, 5 de abril de 2019)";
        role_speaker: "Speaker", "Orateur", "Orador";
        role_moderator: "Moderator", "Modérateur", "Moderador";
        role_co_facilitator: "Co-facilitator", "Cofacilitateur", "Cofacilitador";
        role_rapporteur: "Rapporteur", "Rapporteur", "Relator";

        // Sources and data notes, wherever they are shown.
        source_prefix: "Source: ", "Source\u{a0}: ", "Fuente: ";
        note_inconsistency: "Inconsistency in the sources", "Incohérence dans les sources", "Incoherencia en las fuentes";
        note_extraction: "Extraction defect", "Défaut d’extraction", "Defecto de extracción";
        note_interpretation: "Interpretation", "Interprétation", "Interpretación";
        note_resolution: "What the dataset does: ", "Ce que fait le jeu de données\u{a0}: ", "Lo que hace el conjunto de datos: ";
        loading_notes: "Loading these notes…", "Chargement de ces notes…", "Cargando estas notas…";
        notes_one: "{n} note.", "{n}\u{a0}note.", "{n} nota.";
        notes_other: "{n} notes.", "{n}\u{a0}notes.", "{n} notas.";

        // About the data.
        about_title: "About the data", "À propos des données", "Acerca de los datos";
        about_description: "Where ISCM Explorer's facts come from: IOM's 2019 assessment and related documents, the dataset's version, and every inconsistency found in the sources.",
            "D’où viennent les faits d’ISCM Explorer\u{a0}: l’évaluation de l’OIM de 2019 et des documents connexes, la version du jeu de données et chaque incohérence relevée dans les sources.",
            "De dónde proceden los datos de ISCM Explorer: la evaluación de la OIM de 2019 y documentos conexos, la versión del conjunto de datos y cada incoherencia encontrada en las fuentes.";
        about_lede: "Every fact in ISCM Explorer comes from the documents below, and names the document and section it comes from.",
            "Chaque fait présenté dans ISCM Explorer provient des documents ci-dessous et indique le document et la section dont il est tiré.",
            "Cada dato de ISCM Explorer procede de los documentos siguientes e indica el documento y la sección de los que se ha tomado.";
        publication: "The publication", "La publication", "La publicación";
        pub_title: "Title", "Titre", "Título";
        pub_publisher: "Publisher", "Éditeur", "Editor";
        pub_year: "Year", "Année", "Año";
        pub_isbn: "ISBN", "ISBN", "ISBN";
        pub_pages: "Pages", "Nombre de pages", "Páginas";
        pub_reference: "Reference number", "Numéro de référence", "Número de referencia";
        pub_uploaded: "Uploaded", "Mise en ligne", "Publicado en línea";
        source_documents: "Source documents", "Documents sources", "Documentos de origen";
        this_dataset: "This dataset", "Ce jeu de données", "Este conjunto de datos";
        dataset_version: "Version {version}. The fact sheet (Annex 2) is as of {as_of}.",
            "Version {version}. La fiche descriptive (annexe 2) est à jour en {as_of}.",
            "Versión {version}. La ficha descriptiva (anexo 2) está actualizada a {as_of}.";
        data_notes: "Data notes", "Notes sur les données", "Notas sobre los datos";
        about_notes_intro: "Where the sources contradict themselves or a table was damaged in extraction, the note says so and what the dataset records. The notes are kept with the part of the dataset they concern.",
            "Lorsque les sources se contredisent ou qu’un tableau a été endommagé lors de l’extraction, la note le signale et indique ce que consigne le jeu de données. Les notes sont conservées avec la partie du jeu de données qu’elles concernent.",
            "Cuando las fuentes se contradicen o un cuadro resultó dañado en la extracción, la nota lo indica y explica lo que registra el conjunto de datos. Las notas se guardan con la parte del conjunto de datos a la que se refieren.";
        notes_fact_sheet: "The fact sheet, themes and participation", "La fiche descriptive, les thèmes et la participation", "La ficha descriptiva, los temas y la participación";
        notes_statements: "What the sources say about each ISCM", "Ce que disent les sources sur chaque ISCM", "Lo que dicen las fuentes sobre cada ISCM";
        notes_grcp8: "The GRCP 8 meeting and agenda", "La réunion GRCP 8 et son ordre du jour", "La reunión GRCP 8 y su orden del día";
        notes_context: "Context: the assessment, governance, timeline and glossary",
            "Contexte\u{a0}: l’évaluation, la gouvernance, la chronologie et le glossaire",
            "Contexto: la evaluación, la gobernanza, la cronología y el glosario";

        // The glossary.
        glossary_description: "Every acronym and short name of the sources, what it stands for, and where it is spelt out.",
            "Chaque acronyme et nom abrégé des sources, ce qu’il signifie et où il est développé.",
            "Cada sigla y nombre abreviado de las fuentes, lo que significa y dónde se desarrolla.";
        glossary_lede: "Every acronym and short name of the sources, as printed, with what it stands for and where it is spelt out. Some are spelt out differently in different places; each wording is kept.",
            "Chaque acronyme et nom abrégé des sources, tel qu’imprimé, avec ce qu’il signifie et où il est développé. Certains sont développés différemment selon les endroits\u{a0}; chaque formulation est conservée.",
            "Cada sigla y nombre abreviado de las fuentes, tal como figura, con lo que significa y dónde se desarrolla. Algunos se desarrollan de forma distinta según el lugar; se conserva cada redacción.";
        glossary_filter: "Filter by abbreviation or expansion", "Filtrer par abréviation ou développement", "Filtrar por abreviatura o desarrollo";
        glossary_letters: "Glossary letters", "Lettres du glossaire", "Letras del glosario";
        jump_to: "Jump to {letter}", "Aller à {letter}", "Ir a {letter}";
        entries_one: "{n} entry.", "{n}\u{a0}entrée.", "{n} entrada.";
        entries_other: "{n} entries.", "{n}\u{a0}entrées.", "{n} entradas.";
        entries_match: "{shown} of {total} entries match.", "{shown} entrées sur {total} correspondent.", "{shown} de {total} entradas coinciden.";
        no_entry_matches: "No entry matches “{filter}”.", "Aucune entrée ne correspond à «\u{a0}{filter}\u{a0}».", "Ninguna entrada coincide con «{filter}».";
    }
}
