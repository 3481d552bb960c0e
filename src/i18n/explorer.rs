//! The explorer (cards, filters, sorting), the comparison and the site search.

crate::ui_text! {
    /// Strings of the explorer, the comparison and the site search.
    pub struct ExplorerText {
        search_label: "Search ISCMs", "Rechercher des ISCM", "Buscar ISCM";

        // The explorer's page.
        heading: "Inter-State consultation mechanisms on migration", "Mécanismes de consultation inter-États sur la migration", "Mecanismos de consulta interestatales sobre migración";
        lede: "The {total} ISCMs of IOM's fact sheet (Annex 2 of the 2019 assessment), as of {date}. Search, filter and compare them; every fact names its source.", "Les {total} ISCM de la fiche d’information de l’OIM (annexe 2 de l’évaluation de 2019), à jour en {date}. Recherchez-les, filtrez-les et comparez-les\u{a0}; chaque fait cite sa source.", "Los {total} ISCM de la ficha informativa de la OIM (anexo 2 de la evaluación de 2019), a {date}. Búsquelos, fíltrelos y compárelos; cada dato indica su fuente.";
        explorer_search_label: "Search names, chairs, secretariats, themes and the report's text", "Rechercher dans les noms, présidences, secrétariats, thèmes et le texte du rapport", "Buscar en nombres, presidencias, secretarías, temas y el texto del informe";
        title_filtered: "{n} of {total} ISCMs", "{n} ISCM sur {total}", "{n} de {total} ISCM";
        description_filtered: "{n} of the {total} inter-State consultation mechanisms on migration match these filters.", "{n} des {total} mécanismes de consultation inter-États sur la migration correspondent à ces filtres.", "{n} de los {total} mecanismos de consulta interestatales sobre migración coinciden con estos filtros.";
        title_all: "All ISCMs", "Tous les ISCM", "Todos los ISCM";
        description_all: "Explore the 30 inter-State consultation mechanisms on migration of IOM's 2019 assessment: filter by type, region, theme and more.", "Explorez les 30 mécanismes de consultation inter-États sur la migration de l’évaluation de 2019 de l’OIM\u{a0}: filtrez par type, région, thème et plus encore.", "Explore los 30 mecanismos de consulta interestatales sobre migración de la evaluación de 2019 de la OIM: filtre por tipo, región, tema y más.";
        status_filtered_one: "{n} of {total} ISCM", "{n} ISCM sur {total}", "{n} de {total} ISCM";
        status_filtered_other: "{n} of {total} ISCMs", "{n} ISCM sur {total}", "{n} de {total} ISCM";
        status_all: "All {total} ISCMs", "Les {total} ISCM", "Los {total} ISCM";
        status_searching: " (searching the report's text…)", " (recherche dans le texte du rapport…)", " (buscando en el texto del informe…)";
        filters: "Filters", "Filtres", "Filtros";
        filters_active_one: "Filters ({n} active)", "Filtres ({n} actif)", "Filtros ({n} activo)";
        filters_active_other: "Filters ({n} active)", "Filtres ({n} actifs)", "Filtros ({n} activos)";
        results: "Results", "Résultats", "Resultados";
        see_in_charts: "See them in charts", "Les voir en graphiques", "Verlos en gráficos";
        sort_by: "Sort by ", "Trier par ", "Ordenar por ";
        sort_fact: "Fact sheet order", "Ordre de la fiche d’information", "Orden de la ficha informativa";
        sort_name_az: "Name, A to Z", "Nom, de A à Z", "Nombre, de la A a la Z";
        sort_name_za: "Name, Z to A", "Nom, de Z à A", "Nombre, de la Z a la A";
        sort_members_most: "Member States, most first", "États membres, du plus grand au plus petit nombre", "Estados miembros, de más a menos";
        sort_members_fewest: "Member States, fewest first", "États membres, du plus petit au plus grand nombre", "Estados miembros, de menos a más";
        sort_founded_oldest: "Year established, oldest first", "Année de création, du plus ancien au plus récent", "Año de creación, del más antiguo al más reciente";
        sort_founded_newest: "Year established, newest first", "Année de création, du plus récent au plus ancien", "Año de creación, del más reciente al más antiguo";
        sort_themes_most: "Number of themes, most first", "Nombre de thèmes, du plus grand au plus petit", "Número de temas, de más a menos";
        no_results: "No ISCM matches these filters.", "Aucun ISCM ne correspond à ces filtres.", "Ningún ISCM coincide con estos filtros.";
        remove_last: "Remove the last filter ({label})", "Retirer le dernier filtre ({label})", "Quitar el último filtro ({label})";
        clear_everything: "Clear all filters and search", "Effacer tous les filtres et la recherche", "Borrar todos los filtros y la búsqueda";

        // The comparison tray.
        comparison: "Comparison", "Comparaison", "Comparación";
        comparing: "Comparing {n} of up to {max}: ", "Comparaison de {n} ISCM sur {max} au plus\u{a0}: ", "Comparando {n} de {max} ISCM como máximo: ";
        compare_side_by_side: "Compare side by side", "Comparer côte à côte", "Comparar lado a lado";
        choose_one_more: "Choose at least one more ISCM to compare.", "Choisissez au moins un autre ISCM à comparer.", "Elija al menos otro ISCM para comparar.";
        clear_comparison: "Clear comparison", "Effacer la comparaison", "Borrar la comparación";

        // Facets, as the filter panel's legends and in chips.
        facet_type: "Type", "Type", "Tipo";
        facet_region: "Region", "Région", "Región";
        facet_theme: "Theme", "Thème", "Tema";
        facet_iom_role: "Role of IOM", "Rôle de l’OIM", "Función de la OIM";
        facet_secretariat: "Secretariat provided by", "Secrétariat assuré par", "Secretaría a cargo de";
        facet_associated: "Associated regional organization", "Organisation régionale associée", "Organización regional asociada";
        facet_members: "Member States", "États membres", "Estados miembros";
        facet_founded: "Year established", "Année de création", "Año de creación";
        facet_survey: "Answered the 2019 survey", "A répondu à l’enquête de 2019", "Respondió a la encuesta de 2019";
        facet_grcp8: "Attended GRCP 8", "A participé à la GRCP 8", "Participó en la GRCP 8";
        /// The type label of global processes, which have no abbreviation.
        type_global: "Global process on migration", "Processus mondial sur la migration", "Proceso mundial sobre migración";
        yes: "Yes", "Oui", "Sí";
        no: "No", "Non", "No";
        any: "Any", "Indifférent", "Indiferente";
        /// After an option's count, for screen readers ("12 ISCMs").
        option_count: " ISCMs", " ISCM", " ISCM";
        match_themes: "Match themes", "Correspondance des thèmes", "Coincidencia de temas";
        all_themes: "All selected themes", "Tous les thèmes choisis", "Todos los temas seleccionados";
        any_theme: "Any selected theme", "L’un des thèmes choisis", "Cualquiera de los temas seleccionados";
        range_from: "From", "De", "Desde";
        range_to: "to", "à", "hasta";
        at_least: "at least {n}", "au moins {n}", "al menos {n}";
        at_most: "at most {n}", "au plus {n}", "como máximo {n}";
        or_later: "{n} or later", "{n} ou après", "{n} o después";
        or_earlier: "{n} or earlier", "{n} ou avant", "{n} o antes";
        /// One active filter: the facet's name and the chosen value.
        chip: "{name}: {value}", "{name}\u{a0}: {value}", "{name}: {value}";
        remove_filter: "Remove filter {label}", "Retirer le filtre {label}", "Quitar el filtro {label}";
        active_filters: "Active filters", "Filtres actifs", "Filtros activos";
        clear_all: "Clear all", "Tout effacer", "Borrar todo";

        // A card.
        survey_badge: "2019 survey", "Enquête de 2019", "Encuesta de 2019";
        established: "Established", "Création", "Creación";
        regions: "Regions", "Régions", "Regiones";
        chair: "Chair", "Présidence", "Presidencia";
        secretariat: "Secretariat", "Secrétariat", "Secretaría";
        themes: "Themes", "Thèmes", "Temas";
        as_of: " (as of {date})", " (à jour en {date})", " (a {date})";
        not_covered: "Not covered by Annex 10", "Non couvert par l’annexe 10", "No cubierto por el anexo 10";
        none_ticked: "None ticked in Annex 10", "Aucun coché dans l’annexe 10", "Ninguno marcado en el anexo 10";
        /// A card's first themes (the dataset's names) and how many more it has.
        themes_more: "{names}, and {n} more", "{names} et {n} de plus", "{names} y {n} más";
        in_comparison: "✓ In comparison", "✓ Dans la comparaison", "✓ En la comparación";
        compare: "Compare", "Comparer", "Comparar";

        // The comparison.
        compare_title: "Compare ISCMs", "Comparer des ISCM", "Comparar ISCM";
        compare_intro: "Choose two to four ISCMs with their “Compare” buttons in the list, then open the comparison.", "Choisissez de deux à quatre ISCM avec leur bouton «\u{a0}Comparer\u{a0}» dans la liste, puis ouvrez la comparaison.", "Elija de dos a cuatro ISCM con sus botones «Comparar» en la lista y abra la comparación.";
        back_to_list: "Back to the list", "Retour à la liste", "Volver a la lista";
        compare_names: "Compare {names}", "Comparer {names}", "Comparar {names}";
        compare_description: "{names} side by side: facts and themes from IOM's 2019 assessment.", "{names} côte à côte\u{a0}: faits et thèmes de l’évaluation de 2019 de l’OIM.", "{names} lado a lado: datos y temas de la evaluación de 2019 de la OIM.";
        breadcrumb: "Breadcrumb", "Fil d’Ariane", "Ruta de navegación";
        compare_facts_note: "Facts as printed in Annex 2 of the report (as of {date}); rows that differ are marked.", "Faits tels qu’imprimés dans l’annexe 2 du rapport (à jour en {date})\u{a0}; les lignes qui diffèrent sont signalées.", "Datos tal como figuran en el anexo 2 del informe (a {date}); se señalan las filas que difieren.";
        fact_sheet_side_by_side: "Fact sheet side by side", "Fiches d’information côte à côte", "Fichas informativas lado a lado";
        fact: "Fact", "Donnée", "Dato";
        differs: " (differs)", " (diffère)", " (difiere)";
        source_annexes: "Source: the report, Annex 2, Annex 7 and Annex 10", "Source\u{a0}: le rapport, annexes 2, 7 et 10", "Fuente: el informe, anexos 2, 7 y 10";
        themes_intro: "Themes ticked for at least one of them in Annex 10. “Unknown” means Annex 10 has no column for the ISCM or its cell cannot be read.", "Thèmes cochés pour au moins l’un d’eux dans l’annexe 10. «\u{a0}Inconnu\u{a0}» signifie que l’annexe 10 n’a pas de colonne pour l’ISCM ou que sa case est illisible.", "Temas marcados para al menos uno de ellos en el anexo 10. «Desconocido» significa que el anexo 10 no tiene columna para el ISCM o que su casilla no puede leerse.";
        themes_side_by_side: "Themes side by side", "Thèmes côte à côte", "Temas lado a lado";
        unknown: "Unknown", "Inconnu", "Desconocido";
        source_annex10: "Source: the report, Annex 10", "Source\u{a0}: le rapport, annexe 10", "Fuente: el informe, anexo 10";
        row_regions: "Region(s) covered", "Région(s) couverte(s)", "Región(es) abarcada(s)";
        row_organizations: "Associated organization(s)", "Organisation(s) associée(s)", "Organización(es) asociada(s)";
        row_chair: "Chair-in-office", "Présidence en exercice", "Presidencia en ejercicio";
        row_secretariats: "Secretariat(s)", "Secrétariat(s)", "Secretaría(s)";
        row_themes: "Themes (Annex 10)", "Thèmes (annexe 10)", "Temas (anexo 10)";

        // The site search.
        search_title: "Search", "Recherche", "Búsqueda";
        search_title_text: "Search: {text}", "Recherche\u{a0}: {text}", "Búsqueda: {text}";
        search_description: "Search ISCMs, themes, the GRCP 8 agenda and its people, the 2019 assessment's findings and the glossary.", "Recherchez dans les ISCM, les thèmes, l’ordre du jour de la GRCP 8 et ses intervenants, les conclusions de l’évaluation de 2019 et le glossaire.", "Busque en los ISCM, los temas, el orden del día de la GRCP 8 y sus participantes, las conclusiones de la evaluación de 2019 y el glosario.";
        site_search_label: "Search ISCMs, themes, the GRCP 8 agenda, findings and the glossary", "Rechercher dans les ISCM, les thèmes, l’ordre du jour de la GRCP 8, les conclusions et le glossaire", "Buscar en los ISCM, los temas, el orden del día de la GRCP 8, las conclusiones y el glosario";
        search_more: "{n} more: refine the search to see them.", "{n} de plus\u{a0}: affinez la recherche pour les voir.", "{n} más: afine la búsqueda para verlos.";
        search_prompt: "Type a word or a name: an ISCM, a theme, a person, an acronym.", "Saisissez un mot ou un nom\u{a0}: un ISCM, un thème, une personne, un sigle.", "Escriba una palabra o un nombre: un ISCM, un tema, una persona, una sigla.";
        search_results_one: "{n} result for “{text}”", "{n} résultat pour «\u{a0}{text}\u{a0}»", "{n} resultado para «{text}»";
        search_results_other: "{n} results for “{text}”", "{n} résultats pour «\u{a0}{text}\u{a0}»", "{n} resultados para «{text}»";
        search_loading: " (still loading the agenda and the report's context…)", " (chargement de l’ordre du jour et du contexte du rapport en cours…)", " (aún se cargan el orden del día y el contexto del informe…)";
        hits_iscms: "ISCMs", "ISCM", "ISCM";
        hits_agenda: "GRCP 8 agenda", "Ordre du jour de la GRCP 8", "Orden del día de la GRCP 8";
        hits_people: "People at GRCP 8", "Participants à la GRCP 8", "Participantes en la GRCP 8";
        hits_findings: "Findings of the 2019 assessment", "Conclusions de l’évaluation de 2019", "Conclusiones de la evaluación de 2019";
        hits_glossary: "Glossary", "Glossaire", "Glosario";
        theme_iscms_one: "{n} ISCMs work on it (Annex 10)", "{n} ISCM y travaille (annexe 10)", "{n} ISCM trabaja en él (anexo 10)";
        theme_iscms_other: "{n} ISCMs work on it (Annex 10)", "{n} ISCM y travaillent (annexe 10)", "{n} ISCM trabajan en él (anexo 10)";

        // The page for an unknown address.
        not_found: "Page not found", "Page introuvable", "Página no encontrada";
        no_view: "There is no view at the address “{path}”.", "Aucune vue ne correspond à l’adresse «\u{a0}{path}\u{a0}».", "No hay ninguna vista en la dirección «{path}».";
        see_all: "See all ISCMs", "Voir tous les ISCM", "Ver todos los ISCM";
        or: " or ", " ou ", " o ";
        read_about: "read about the data", "en savoir plus sur les données", "leer sobre los datos";
    }
}
