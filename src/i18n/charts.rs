//! The charts: titles, readings, axes, legends, tables, frames and downloads.

crate::ui_text! {
    /// Strings of the charts.
    pub struct ChartsText {
        page_title: "Charts", "Graphiques", "Gráficos";
        page_description: "Charts of the 30 inter-State consultation mechanisms on migration: by type, region, year, size, themes, roles of IOM and secretariats, with tables and downloads.",
            "Graphiques des 30 mécanismes consultatifs inter-États sur la migration\u{a0}: par type, région, année, taille, thèmes, rôles de l’OIM et secrétariats, avec tableaux et téléchargements.",
            "Gráficos de los 30 mecanismos de consulta interestatales sobre migración: por tipo, región, año, tamaño, temas, funciones de la OIM y secretarías, con tablas y descargas.";
        chart_description: "{title}: a chart from IOM's 2019 assessment of inter-State consultation mechanisms on migration.",
            "{title}\u{a0}: un graphique tiré de l’évaluation de 2019 de l’OIM sur les mécanismes consultatifs inter-États sur la migration.",
            "{title}: un gráfico de la evaluación de 2019 de la OIM sobre los mecanismos de consulta interestatales sobre migración.";
        lede: "The ISCMs of IOM's fact sheet (Annex 2) and thematic table (Annex 10) in charts, each with its table, source and downloads, and the numbers the report and the 2018 review state.",
            "Les ISCM de la fiche d’information de l’OIM (annexe 2) et de son tableau thématique (annexe 10) en graphiques, chacun avec son tableau, sa source et ses téléchargements, ainsi que les chiffres qu’indiquent le rapport et l’examen de 2018.",
            "Los ISCM de la ficha informativa de la OIM (anexo 2) y de su cuadro temático (anexo 10) en gráficos, cada uno con su tabla, su fuente y sus descargas, y las cifras que indican el informe y el examen de 2018.";
        status_filtered: "The charts of the fact sheet count {n} of the {total} ISCMs: those the filters select.",
            "Les graphiques de la fiche d’information comptent {n} des {total} ISCM\u{a0}: ceux que retiennent les filtres.",
            "Los gráficos de la ficha informativa cuentan {n} de los {total} ISCM: los que seleccionan los filtros.";
        status_all: "The charts count all {total} ISCMs of the fact sheet. Choose a bar, point or cell to filter by it.",
            "Les graphiques comptent les {total} ISCM de la fiche d’information. Choisissez une barre, un point ou une case pour filtrer en conséquence.",
            "Los gráficos cuentan los {total} ISCM de la ficha informativa. Elija una barra, un punto o una casilla para filtrar por ella.";
        show_as_list: "Show these ISCMs as a list, with all filters", "Afficher ces ISCM sous forme de liste, avec tous les filtres", "Mostrar estos ISCM en una lista, con todos los filtros";
        all_charts: "All charts", "Tous les graphiques", "Todos los gráficos";

        // Titles of the charts.
        title_by_type: "ISCMs by type", "ISCM par type", "ISCM por tipo";
        title_by_region: "ISCMs by region covered", "ISCM par région couverte", "ISCM por región abarcada";
        title_founding: "ISCMs established since 1985", "ISCM créés depuis 1985", "ISCM creados desde 1985";
        title_members: "Member States per ISCM", "États membres par ISCM", "Estados miembros por ISCM";
        title_themes: "How many ISCMs work on each theme", "Nombre d’ISCM travaillant sur chaque thème", "Cuántos ISCM trabajan en cada tema";
        title_theme_matrix: "Themes and ISCMs (Annex 10)", "Thèmes et ISCM (annexe 10)", "Temas e ISCM (anexo 10)";
        title_iom_roles: "Roles of IOM in ISCMs", "Rôles de l’OIM dans les ISCM", "Funciones de la OIM en los ISCM";
        title_secretariats: "Who provides the secretariat", "Qui assure le secrétariat", "Quién ejerce la secretaría";
        title_survey: "Who answered the 2019 survey", "Qui a répondu à l’enquête de 2019", "Quién respondió a la encuesta de 2019";
        title_gcm_review: "ISCMs and the Global Compact: the 2018 review's figures",
            "Les ISCM et le Pacte mondial\u{a0}: les chiffres de l’examen de 2018",
            "Los ISCM y el Pacto Mundial: las cifras del examen de 2018";

        // The frame around every chart.
        stated_hint: "These are numbers the source states, not counts of the fact sheet: the filters do not change them.",
            "Ce sont des chiffres qu’indique la source, et non des décomptes de la fiche d’information\u{a0}: les filtres ne les modifient pas.",
            "Son cifras que indica la fuente, no recuentos de la ficha informativa: los filtros no las modifican.";
        show_as: "Show as", "Afficher sous forme de", "Mostrar como";
        show_chart: "Chart", "Graphique", "Gráfico";
        show_table: "Table", "Tableau", "Tabla";
        download_group: "Download {title}", "Télécharger {title}", "Descargar {title}";
        download_prefix: "Download: ", "Télécharger\u{a0}: ", "Descargar: ";
        download_csv: "Download the table as CSV", "Télécharger le tableau au format CSV", "Descargar la tabla en formato CSV";
        download_svg: "Download the chart as SVG", "Télécharger le graphique au format SVG", "Descargar el gráfico en formato SVG";
        download_png: "Download the chart as PNG", "Télécharger le graphique au format PNG", "Descargar el gráfico en formato PNG";
        chart_alone: "This chart alone", "Ce graphique seul", "Solo este gráfico";
        notes_summary: "What the sources leave unclear ({n})", "Ce que les sources laissent dans l’ombre ({n})", "Lo que las fuentes dejan sin aclarar ({n})";
        more_sources: "More sources ({n})", "Autres sources ({n})", "Otras fuentes ({n})";
        loading_milestones: "Loading the timeline's milestones…", "Chargement des jalons de la chronologie…", "Cargando los hitos de la cronología…";
        loading_figures: "Loading the report's figures…", "Chargement des chiffres du rapport…", "Cargando las cifras del informe…";

        // Counts shared by several charts.
        and: " and ", " et ", " y ";
        iscms: "ISCMs", "ISCM", "ISCM";
        all_iscms: "All ISCMs", "Tous les ISCM", "Todos los ISCM";
        iscms_matching: "ISCMs matching the filters", "ISCM correspondant aux filtres", "ISCM que coinciden con los filtros";
        none_selected: "No ISCM the filters select.", "Aucun ISCM ne correspond aux filtres.", "Ningún ISCM coincide con los filtros.";

        // The bar charts of a facet.
        header_type: "Type", "Type", "Tipo";
        header_region: "Region", "Région", "Región";
        header_theme: "Theme", "Thème", "Tema";
        header_iom_role: "Role of IOM", "Rôle de l’OIM", "Función de la OIM";
        header_secretariat: "Secretariat", "Secrétariat", "Secretaría";
        of_filtered_one: "of the {n} ISCMs the filters select", "sur {n} ISCM retenu par les filtres", "de {n} ISCM seleccionado por los filtros";
        of_filtered_other: "of the {n} ISCMs the filters select", "des {n} ISCM retenus par les filtres", "de los {n} ISCM que seleccionan los filtros";
        of_all: "of all {n} ISCMs", "des {n} ISCM", "de los {n} ISCM";
        most_type: "Most common type: {value}, {n} {of}.", "Type le plus fréquent\u{a0}: {value}, pour {n} {of}.", "Tipo más frecuente: {value}, en {n} {of}.";
        most_types: "Most common types: {value}, {n} each {of}.", "Types les plus fréquents\u{a0}: {value}, chacun pour {n} {of}.", "Tipos más frecuentes: {value}, en {n} cada uno {of}.";
        no_type: "No ISCM {of} has a type shown here.", "Aucun {of} n’a de type présenté ici.", "Ninguno {of} tiene un tipo de los que se muestran aquí.";
        most_region: "Most common region: {value}, {n} {of}.", "Région la plus fréquente\u{a0}: {value}, pour {n} {of}.", "Región más frecuente: {value}, en {n} {of}.";
        most_regions: "Most common regions: {value}, {n} each {of}.", "Régions les plus fréquentes\u{a0}: {value}, chacune pour {n} {of}.", "Regiones más frecuentes: {value}, en {n} cada una {of}.";
        no_region: "No ISCM {of} has a region shown here.", "Aucun {of} n’a de région présentée ici.", "Ninguno {of} tiene una región de las que se muestran aquí.";
        most_theme: "Most common theme: {value}, {n} {of}.", "Thème le plus fréquent\u{a0}: {value}, pour {n} {of}.", "Tema más frecuente: {value}, en {n} {of}.";
        most_themes: "Most common themes: {value}, {n} each {of}.", "Thèmes les plus fréquents\u{a0}: {value}, chacun pour {n} {of}.", "Temas más frecuentes: {value}, en {n} cada uno {of}.";
        no_theme: "No ISCM {of} has a theme shown here.", "Aucun {of} n’a de thème présenté ici.", "Ninguno {of} tiene un tema de los que se muestran aquí.";
        most_iom_role: "Most common role of IOM: {value}, {n} {of}.", "Rôle de l’OIM le plus fréquent\u{a0}: {value}, pour {n} {of}.", "Función de la OIM más frecuente: {value}, en {n} {of}.";
        most_iom_roles: "Most common role of IOMs: {value}, {n} each {of}.", "Rôles de l’OIM les plus fréquents\u{a0}: {value}, chacun pour {n} {of}.", "Funciones de la OIM más frecuentes: {value}, en {n} cada una {of}.";
        no_iom_role: "No ISCM {of} has a role of IOM shown here.", "Aucun {of} ne donne à l’OIM un rôle présenté ici.", "Ninguno {of} da a la OIM una función de las que se muestran aquí.";
        most_secretariat: "Most common secretariat: {value}, {n} {of}.", "Secrétariat le plus fréquent\u{a0}: {value}, pour {n} {of}.", "Secretaría más frecuente: {value}, en {n} {of}.";
        most_secretariats: "Most common secretariats: {value}, {n} each {of}.", "Secrétariats les plus fréquents\u{a0}: {value}, chacun pour {n} {of}.", "Secretarías más frecuentes: {value}, en {n} cada una {of}.";
        no_secretariat: "No ISCM {of} has a secretariat shown here.", "Aucun {of} n’a de secrétariat présenté ici.", "Ninguno {of} tiene una secretaría de las que se muestran aquí.";
        several_values: " An ISCM can have several, so the bars add up to more than the ISCMs.",
            " Un ISCM peut figurer dans plusieurs barres\u{a0}: leur total dépasse donc le nombre d’ISCM.",
            " Un ISCM puede figurar en varias barras, por lo que estas suman más que el número de ISCM.";
        no_themes_for: " Annex 10 gives no themes for {names}.", " L’annexe 10 n’indique aucun thème pour {names}.", " El anexo 10 no indica temas para {names}.";
        value_of_total: "{n} of {total}", "{n} sur {total}", "{n} de {total}";
        bar_matching_one: "{n} of {total} ISCMs match the filters", "{n} sur {total} ISCM correspond aux filtres", "{n} de {total} ISCM coincide con los filtros";
        bar_matching_other: "{n} of {total} ISCMs match the filters", "{n} sur {total} ISCM correspondent aux filtres", "{n} de {total} ISCM coinciden con los filtros";
        bar_count_one: "{n} ISCMs", "{n} ISCM", "{n} ISCM";
        bar_count_other: "{n} ISCMs", "{n} ISCM", "{n} ISCM";
        filter_applied: "Filter applied; choose to remove it.", "Filtre appliqué\u{a0}; choisir pour le retirer.", "Filtro aplicado; elija para quitarlo.";
        filter_choose: "Choose to filter by it.", "Choisir pour appliquer ce filtre.", "Elija para aplicar este filtro.";
        filter_by: "Choose to filter by {value}.", "Choisir pour filtrer par {value}.", "Elija para filtrar por {value}.";

        // The timeline of establishment.
        header_year: "Year", "Année", "Año";
        header_established: "Established that year", "Créés cette année-là", "Creados ese año";
        header_cumulative: "{kind} (cumulative)", "{kind} (cumul)", "{kind} (acumulado)";
        header_total_cumulative: "Total (cumulative)", "Total (cumul)", "Total (acumulado)";
        founding_one_filtered: "One of the ISCMs the filters select: established in {year}.",
            "Un seul ISCM retenu par les filtres\u{a0}: créé en {year}.",
            "Un solo ISCM seleccionado por los filtros: creado en {year}.";
        founding_one_all: "One of the ISCMs of the fact sheet: established in {year}.",
            "Un seul ISCM dans la fiche d’information\u{a0}: créé en {year}.",
            "Un solo ISCM en la ficha informativa: creado en {year}.";
        founding_all_filtered: "All {n} of the ISCMs the filters select were established between {first} and {last}; half of them existed by {half}.",
            "Les {n} ISCM retenus par les filtres ont été créés entre {first} et {last}\u{a0}; la moitié d’entre eux existaient déjà en {half}.",
            "Los {n} ISCM seleccionados por los filtros se crearon entre {first} y {last}; la mitad ya existía en {half}.";
        founding_all_sheet: "All {n} of the ISCMs of the fact sheet were established between {first} and {last}; half of them existed by {half}.",
            "Les {n} ISCM de la fiche d’information ont été créés entre {first} et {last}\u{a0}; la moitié d’entre eux existaient déjà en {half}.",
            "Los {n} ISCM de la ficha informativa se crearon entre {first} y {last}; la mitad ya existía en {half}.";
        status_dormant: "dormant", "en sommeil", "inactivo";
        status_completed: "completed its mission", "mission accomplie", "misión cumplida";
        status_transformed: "transformed", "transformé", "transformado";
        timeline_label: "ISCMs established since 1985, cumulative, by type, with milestones",
            "ISCM créés depuis 1985, en cumul, par type, avec les jalons",
            "ISCM creados desde 1985, acumulados, por tipo, con los hitos";
        point_one: "{year}: {n} established ({names}); {total} in all by then. {action}",
            "{year}\u{a0}: {n} créé ({names})\u{a0}; {total} au total à cette date. {action}",
            "{year}: {n} creado ({names}); {total} en total hasta entonces. {action}";
        point_other: "{year}: {n} established ({names}); {total} in all by then. {action}",
            "{year}\u{a0}: {n} créés ({names})\u{a0}; {total} au total à cette date. {action}",
            "{year}: {n} creados ({names}); {total} en total hasta entonces. {action}";
        year_filter_applied: "Year filter applied; choose to remove it.", "Filtre par année appliqué\u{a0}; choisir pour le retirer.", "Filtro por año aplicado; elija para quitarlo.";
        year_filter_choose: "Choose to show the ISCMs established that year.", "Choisir pour afficher les ISCM créés cette année-là.", "Elija para mostrar los ISCM creados ese año.";
        milestones_title: "▲ Milestones of global migration governance", "▲ Jalons de la gouvernance mondiale des migrations", "▲ Hitos de la gobernanza mundial de la migración";
        changes_title: "◆ ISCMs that ended, transformed or were renamed", "◆ ISCM ayant pris fin, s’étant transformés ou ayant changé de nom", "◆ ISCM que terminaron, se transformaron o cambiaron de nombre";
        undated: "Not on the axis, as the sources give no year: ", "Absents de l’axe, faute d’année dans les sources\u{a0}: ", "No figuran en el eje, pues las fuentes no indican el año: ";

        // Member States per ISCM.
        header_member_states: "Member States", "États membres", "Estados miembros";
        members_one: "{name} has {n} member States.", "{name} compte {n} État membre.", "{name} tiene {n} Estado miembro.";
        members_other: "{name} has {n} member States.", "{name} compte {n} États membres.", "{name} tiene {n} Estados miembros.";
        members_range: "From {max} member States ({top}) to {min} ({bottom}); half of these ISCMs have {median} or more. The scale is logarithmic, so small processes stay readable.",
            "De {max} États membres ({top}) à {min} ({bottom})\u{a0}; la moitié de ces ISCM en comptent {median} ou plus. L’échelle est logarithmique, pour que les petits processus restent lisibles.",
            "De {max} Estados miembros ({top}) a {min} ({bottom}); la mitad de estos ISCM tienen {median} o más. La escala es logarítmica, para que los procesos pequeños sigan siendo legibles.";
        member_mark: "{name} ({type}): {n} member States. Open its page.", "{name} ({type})\u{a0}: {n} États membres. Ouvrir sa page.", "{name} ({type}): {n} Estados miembros. Abrir su página.";
        member_mark_after: "({type}): {n} member States. Open its page.", "({type})\u{a0}: {n} États membres. Ouvrir sa page.", "({type}): {n} Estados miembros. Abrir su página.";
        members_axis: "Member States (logarithmic scale)", "États membres (échelle logarithmique)", "Estados miembros (escala logarítmica)";

        // The themes × ISCMs matrix.
        cell_yes: "yes", "oui", "sí";
        cell_unclear: "unclear", "illisible", "ilegible";
        cell_name_yes: "yes", "oui", "marcado";
        cell_name_no: "no", "non", "sin marcar";
        cell_name_unclear: "cannot be read", "illisible", "ilegible";
        theme_filter_applied: " Theme filter applied.", " Filtre par thème appliqué.", " Filtro por tema aplicado.";
        column_themes_one: "{name} ({n} themes)", "{name} ({n} thème)", "{name} ({n} tema)";
        column_themes_other: "{name} ({n} themes)", "{name} ({n} thèmes)", "{name} ({n} temas)";
        row_iscms: "{name} ({n} ISCMs)", "{name} ({n} ISCM)", "{name} ({n} ISCM)";
        matrix_label: "Annex 10: {rows} themes by {columns} ISCMs", "Annexe 10\u{a0}: {rows} thèmes par {columns} ISCM", "Anexo 10: {rows} temas por {columns} ISCM";
        matrix_reading: "{themes} themes × {iscms} ISCMs: {ticks} ticks.", "{themes} thèmes × {iscms} ISCM\u{a0}: {ticks} cases cochées.", "{themes} temas × {iscms} ISCM: {ticks} casillas marcadas.";
        matrix_most: " {name} works on the most themes ({n}).", " {name} travaille sur le plus grand nombre de thèmes ({n}).", " {name} trabaja en el mayor número de temas ({n}).";
        matrix_unclear_one: " {n} cells cannot be read and are marked “?”.", " {n} case est illisible et marquée «\u{a0}?\u{a0}».", " {n} casilla es ilegible y está marcada con «?».";
        matrix_unclear_other: " {n} cells cannot be read and are marked “?”.", " {n} cases sont illisibles et marquées «\u{a0}?\u{a0}».", " {n} casillas son ilegibles y están marcadas con «?».";
        matrix_no_column: " Annex 10 has no column for {names}.", " L’annexe 10 n’a pas de colonne pour {names}.", " El anexo 10 no tiene columna para {names}.";
        sort_themes: "Sort themes: ", "Trier les thèmes\u{a0}: ", "Ordenar los temas: ";
        order_annex10: "Annex 10 order", "Ordre de l’annexe 10", "Orden del anexo 10";
        order_frequency: "Most ISCMs first", "Les plus fréquents d’abord", "Primero los más frecuentes";
        sort_iscms: "Sort ISCMs: ", "Trier les ISCM\u{a0}: ", "Ordenar los ISCM: ";
        order_fact_sheet: "Fact sheet order", "Ordre de la fiche d’information", "Orden de la ficha informativa";
        order_theme_count: "Most themes first", "Le plus de thèmes d’abord", "Primero los que tienen más temas";
        order_name: "Name, A to Z", "Nom, de A à Z", "Nombre, de la A a la Z";
        matrix_hint: "Blue: Annex 10 ticks the theme; “?”: the cell cannot be read. In the matrix, arrow keys move between cells and Enter filters by the cell's theme.",
            "En bleu\u{a0}: l’annexe 10 coche le thème\u{a0}; «\u{a0}?\u{a0}»\u{a0}: la case est illisible. Dans la matrice, les touches fléchées passent d’une case à l’autre et Entrée filtre par le thème de la case.",
            "Azul: el anexo 10 marca el tema; «?»: la casilla es ilegible. En la matriz, las flechas del teclado mueven entre casillas e Intro filtra por el tema de la casilla.";

        // Numbers the sources state.
        review_reading: "The review's Figures 2, 4 and 5 kept their values: how many of the responding ISCMs have a position on the Global Compact, have it as a standard agenda item, and have an action plan.",
            "Les figures 2, 4 et 5 de l’examen ont conservé leurs valeurs\u{a0}: combien des ISCM ayant répondu ont une position sur le Pacte mondial, l’ont inscrit comme point permanent de leur ordre du jour et ont un plan d’action.",
            "Las figuras 2, 4 y 5 del examen conservaron sus valores: cuántos de los ISCM que respondieron tienen una posición sobre el Pacto Mundial, lo tienen como punto habitual del orden del día y tienen un plan de acción.";
        number_axis: "Number", "Nombre", "Número";
        header_group: "Group", "Groupe", "Grupo";
        header_what: "What", "Objet", "Concepto";
        header_wording: "As the source words it", "Formulation de la source", "Redacción de la fuente";
        questionnaires_received: "Questionnaires received", "Questionnaires reçus", "Cuestionarios recibidos";
        respondents_states: "Governments of States", "Gouvernements d’États", "Gobiernos de Estados";
        respondents_organizations: "Intergovernmental organizations", "Organisations intergouvernementales", "Organizaciones intergubernamentales";
    }
}
