//! The app's frame: header, navigation, footer, controls, notices, embedding, loading and
//! error states.

crate::ui_text! {
    /// Strings of the app's frame.
    pub struct ShellText {
        skip_link: "Skip to main content", "Aller au contenu principal", "Ir al contenido principal";
        language_label: "Language", "Langue", "Idioma";
        tagline: "Inter-State consultation mechanisms on migration",
            "Mécanismes consultatifs inter-États sur la migration",
            "Mecanismos de consulta interestatales sobre migración";
        nav_label: "Main", "Principale", "Principal";
        nav_iscms: "ISCMs", "ISCM", "ISCM";
        nav_charts: "Charts", "Graphiques", "Gráficos";
        nav_grcp8: "GRCP 8", "GRCP 8", "GRCP 8";
        nav_topics: "Topics", "Thèmes", "Temas";
        nav_glossary: "Glossary", "Glossaire", "Glosario";
        nav_about: "About the data", "À propos des données", "Acerca de los datos";
        search_everything: "Search everything", "Rechercher sur le site", "Buscar en el sitio";
        search_button: "Search", "Rechercher", "Buscar";
        colours_label: "Colours", "Couleurs", "Colores";
        colours_device: "As device", "Comme l’appareil", "Como el dispositivo";
        colours_light: "Light", "Clair", "Claro";
        colours_dark: "Dark", "Sombre", "Oscuro";
        footer_source: "Source:", "Source\u{a0}:", "Fuente:";
        footer_version: "Dataset version {version}; fact sheet as of {as_of}.",
            "Version {version} des données\u{a0}; fiches à jour en {as_of}.",
            "Versión {version} de los datos; fichas actualizadas a {as_of}.";
        footer_notes_link: "Sources and data notes", "Sources et notes sur les données", "Fuentes y notas sobre los datos";
        footer_about_before: "ISCM Explorer presents facts from IOM's 2019 assessment ",
            "ISCM Explorer présente des faits tirés de l’évaluation de l’OIM de 2019 ",
            "ISCM Explorer presenta datos de la evaluación de la OIM de 2019 ";
        footer_about_after: " and related IOM documents. Every fact names its source.",
            " et de documents connexes de l’OIM. Chaque fait indique sa source.",
            " y de documentos conexos de la OIM. Cada dato indica su fuente.";
        loading: "Loading the dataset…", "Chargement des données…", "Cargando los datos…";
        retry: "Retry", "Réessayer", "Reintentar";
        view_loading: "Loading this view…", "Chargement de cette vue…", "Cargando esta vista…";
        view_failed_title: "This view could not be loaded", "Cette vue n’a pas pu être chargée", "No se pudo cargar esta vista";
        view_failed_text: "Its code did not arrive: the connection may have dropped. Nothing is lost: check your connection, then try again.",
            "Son code n’est pas arrivé\u{a0}: la connexion a peut-être été interrompue. Rien n’est perdu\u{a0}: vérifiez votre connexion, puis réessayez.",
            "Su código no llegó: es posible que se haya cortado la conexión. No se ha perdido nada: compruebe su conexión y vuelva a intentarlo.";
        error_page_title: "Data not available", "Données indisponibles", "Datos no disponibles";
        offline: "You are offline.", "Vous êtes hors ligne.", "Está sin conexión.";
        offline_data: "The data shown is dataset version {version}, fact sheet as of {as_of}.",
            "Les données affichées sont celles de la version {version}, fiches à jour en {as_of}.",
            "Los datos mostrados son los de la versión {version}, fichas actualizadas a {as_of}.";
        update_ready: "A new version of ISCM Explorer is available.",
            "Une nouvelle version d’ISCM Explorer est disponible.",
            "Hay una nueva versión de ISCM Explorer disponible.";
        reload: "Reload", "Recharger", "Recargar";
        embed_source: "Source: {publisher} ({year}).", "Source\u{a0}: {publisher} ({year}).", "Fuente: {publisher} ({year}).";
        embed_open_full: "Open in ISCM Explorer", "Ouvrir dans ISCM Explorer", "Abrir en ISCM Explorer";
        new_tab: " (opens in a new tab)", " (s’ouvre dans un nouvel onglet)", " (se abre en una pestaña nueva)";
        embed_button: "Embed", "Intégrer", "Insertar";
        embed_title: "Embed this view", "Intégrer cette vue", "Insertar esta vista";
        close: "Close", "Fermer", "Cerrar";
        embed_help: "Paste this code into a page of your site. The frame shows this view as it is now, with its filters, and takes the height of its content. Links in it never leave your page: \"Open in ISCM Explorer\" opens the full view in a new tab.",
            "Collez ce code dans une page de votre site. Le cadre montre cette vue telle qu’elle est maintenant, avec ses filtres, et prend la hauteur de son contenu. Ses liens ne quittent jamais votre page\u{a0}: «\u{a0}Ouvrir dans ISCM Explorer\u{a0}» ouvre la vue complète dans un nouvel onglet.",
            "Pegue este código en una página de su sitio. El marco muestra esta vista tal como está ahora, con sus filtros, y toma la altura de su contenido. Sus enlaces nunca salen de su página: «Abrir en ISCM Explorer» abre la vista completa en una pestaña nueva.";
        embed_code_label: "Embed code", "Code d’intégration", "Código para insertar";
        copy_code: "Copy code", "Copier le code", "Copiar el código";
        copied: "Copied.", "Copié.", "Copiado.";
        copy_manually: "The code is selected: press Ctrl+C (or ⌘C) to copy it.",
            "Le code est sélectionné\u{a0}: appuyez sur Ctrl+C (ou ⌘C) pour le copier.",
            "El código está seleccionado: pulse Ctrl+C (o ⌘C) para copiarlo.";
        preview: "Preview", "Aperçu", "Vista previa";
        preview_frame: "Preview of the embedded view", "Aperçu de la vue intégrée", "Vista previa de la vista insertada";
        error_missing: "The data file is missing", "Le fichier de données est introuvable", "Falta el archivo de datos";
        error_http: "The server could not send the data", "Le serveur n’a pas pu envoyer les données", "El servidor no pudo enviar los datos";
        error_network: "The data could not be reached", "Les données sont inaccessibles", "No se pudo acceder a los datos";
        error_timeout: "The data took too long to arrive", "Les données ont mis trop de temps à arriver", "Los datos tardaron demasiado en llegar";
        error_damaged: "The data file is damaged", "Le fichier de données est endommagé", "El archivo de datos está dañado";
        error_invalid: "The data file has errors", "Le fichier de données contient des erreurs", "El archivo de datos contiene errores";
        error_missing_text: "The server has no file at {url} (error 404). If you reached this page from a link, the site may be being updated: try again in a moment.",
            "Le serveur n’a aucun fichier à l’adresse {url} (erreur 404). Si vous êtes arrivé ici par un lien, le site est peut-être en cours de mise à jour\u{a0}: réessayez dans un instant.",
            "El servidor no tiene ningún archivo en {url} (error 404). Si llegó a esta página desde un enlace, puede que el sitio se esté actualizando: vuelva a intentarlo en un momento.";
        error_http_text: "The server answered error {status} when asked for {url}. This is usually temporary: try again.",
            "Le serveur a répondu par l’erreur {status} à la demande de {url}. C’est en général passager\u{a0}: réessayez.",
            "El servidor respondió con el error {status} al pedir {url}. Suele ser pasajero: vuelva a intentarlo.";
        error_network_text: "No connection could be made to fetch {url}. Check your connection, then try again.",
            "Impossible de se connecter pour obtenir {url}. Vérifiez votre connexion, puis réessayez.",
            "No se pudo establecer una conexión para obtener {url}. Compruebe su conexión y vuelva a intentarlo.";
        error_timeout_text: "{url} did not arrive within {seconds} seconds. The connection may be slow: try again.",
            "{url} n’est pas arrivé en {seconds}\u{a0}secondes. La connexion est peut-être lente\u{a0}: réessayez.",
            "{url} no llegó en {seconds} segundos. Puede que la conexión sea lenta: vuelva a intentarlo.";
        error_damaged_text: "{url} arrived but could not be read ({detail}). Trying again may help if the download was cut short.",
            "{url} est arrivé mais n’a pas pu être lu ({detail}). Réessayer peut aider si le téléchargement a été interrompu.",
            "{url} llegó pero no se pudo leer ({detail}). Volver a intentarlo puede ayudar si la descarga se interrumpió.";
        error_invalid_text: "{url} arrived but breaks {n} of the dataset's rules: {problems}.",
            "{url} est arrivé mais enfreint {n} des règles du jeu de données\u{a0}: {problems}.",
            "{url} llegó pero incumple {n} de las reglas del conjunto de datos: {problems}.";
        error_more: "and {n} more", "et {n} de plus", "y {n} más";
        error_details_english: "(details in English)", "(détails en anglais)", "(detalles en inglés)";
    }
}
