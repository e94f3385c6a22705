//! The top component: holds the article, its analysis and the view, and lays out the page.

use std::rc::Rc;

use quotelens_engine::{analyze, Analysis, Config, Taxonomy, SEED_ARTICLE};
use yew::prelude::*;

use crate::components::{
    adder::Adder, article::ArticleView, details::Details, issue_editor::IssueEditor,
    loader::Loader, matrix::Matrix, panel::Panel, statements::StatementList,
};
use crate::corrections::{apply, Edit, History};
#[cfg(target_arch = "wasm32")]
use crate::embed::Inbound;
use crate::embed::{Mode, Options};
use crate::state::{next_statement, Action, Theme, View};

/// The reducer state: the view plus the analysis it applies to.
#[derive(Clone, PartialEq)]
pub struct ViewState {
    pub view: View,
    /// Set when the change should make a history entry.
    pub push: bool,
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let push = !matches!(
            action,
            Action::Replace(_) | Action::SetSearch(_) | Action::Select(_)
        );
        let mut view = self.view.clone();
        view.apply(action);
        Rc::new(ViewState { view, push })
    }
}

/// Where an article came from: it decides what a shared link carries.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The built-in article: a link needs nothing more.
    Builtin,
    /// Fetched from ?src=URL: the link carries the URL.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Fetched,
    /// Pasted or opened by the reader: the link carries the text when it fits.
    Own,
}

/// The loaded article: its text, and the analysis it came with when it was opened from an
/// exported JSON file (shown as saved, not analysed again).
#[derive(Clone)]
pub struct Article {
    pub text: Rc<str>,
    pub origin: Origin,
    pub imported: Option<Rc<Analysis>>,
}

/// Articles are compared by identity: comparing megabytes of text on each render would cost.
impl PartialEq for Article {
    fn eq(&self, other: &Article) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
    }
}

impl Article {
    pub fn new(text: &str, origin: Origin) -> Article {
        Article {
            text: Rc::from(text),
            origin,
            imported: None,
        }
    }

    pub fn imported(text: &str, analysis: Analysis) -> Article {
        Article {
            text: Rc::from(text),
            origin: Origin::Own,
            imported: Some(Rc::new(analysis)),
        }
    }

    /// The engine's analysis with the taxonomy (None: the built-in one). Themes are discovered
    /// when the taxonomy covers little of the article.
    fn analyse(&self, taxonomy: Option<&Taxonomy>) -> Rc<Analysis> {
        self.imported.clone().unwrap_or_else(|| {
            Rc::new(analyze(
                &self.text,
                &Config {
                    taxonomy: taxonomy.cloned(),
                    discover_issues: true,
                    ..Default::default()
                },
            ))
        })
    }
}

/// The reader's list of issues, loaded from a file and kept for every article.
#[derive(Clone, PartialEq)]
pub struct OwnTaxonomy {
    pub taxonomy: Rc<Taxonomy>,
}

const TAXONOMY_KEY: &str = "quotelens:taxonomy";

/// How the app is shown and what its embedder asked for (docs/embedding.md).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub mode: Mode,
    #[prop_or_default]
    pub options: Options,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let mode = props.mode.clone();
    let root = use_node_ref();
    // An element's inline article shows from the first frame; otherwise the built-in one until
    // a linked article arrives.
    // Whether the article a link or an embedder names is still on its way: the page then says
    // so rather than showing the built-in article for a moment.
    let awaiting = use_state(|| awaits_article(&props.mode, &props.options));
    let article = use_state(|| {
        if *awaiting {
            return Article::new("", Origin::Fetched);
        }
        props
            .options
            .text
            .as_deref()
            .filter(|text| crate::components::loader::check_text(text).is_ok())
            .map_or_else(
                || Article::new(SEED_ARTICLE, Origin::Builtin),
                |text| Article::new(text, Origin::Own),
            )
    });
    // The reader's own list of issues, for every article (None: the built-in list).
    let taxonomy = use_state(load_taxonomy);
    let taxonomy_error = use_state(|| None::<String>);
    // The reader's corrections to this article, kept in localStorage by a hash of its text.
    let history = use_state(|| load_history(&article.text));
    let state = use_reducer(|| ViewState {
        view: match &props.mode {
            Mode::Page | Mode::Frame { .. } => crate::url::read_view(),
            #[cfg(target_arch = "wasm32")]
            Mode::Element { .. } => props.options.view.clone(),
        },
        push: false,
    });
    let shortcuts = use_state(|| true);
    let show_help = use_state(|| false);
    let show_loader = use_state(|| false);
    // What went wrong fetching ?src=URL, in plain words.
    let notice = use_state(|| None::<String>);
    let search_ref = use_node_ref();

    // The URL follows the view on the app's own page; an embedder hears of it instead.
    {
        let (state, mode) = (state.clone(), mode.clone());
        use_effect_with(state.view.clone(), move |view| {
            if mode.owns_url() {
                crate::url::write_view(view, state.push);
            }
            #[cfg(target_arch = "wasm32")]
            crate::embed::notify(&mode, "state", &[("view", crate::embed::view_object(view))]);
        });
    }
    // Back and forward restore the view from the URL.
    {
        let (state, mode) = (state.clone(), mode.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().filter(|_| mode.owns_url()).map(|window| {
                gloo::events::EventListener::new(&window, "popstate", move |_| {
                    state.dispatch(Action::Replace(crate::url::read_view()));
                })
            });
            move || drop(listener)
        });
    }
    // Loading an article: a long one is analysed in the worker while the page shows progress
    // and the current article stays; `true` resets the view (a link's view is kept).
    let pending = use_state(|| None::<u8>);
    #[cfg(target_arch = "wasm32")]
    let job = use_mut_ref(|| None::<crate::worker::Job>);
    let load = {
        let (article, history, state, show_loader, notice) = (
            article.clone(),
            history.clone(),
            state.clone(),
            show_loader.clone(),
            notice.clone(),
        );
        #[cfg(target_arch = "wasm32")]
        let (job, taxonomy, pending) = (job.clone(), taxonomy.clone(), pending.clone());
        Callback::from(move |(loaded, reset): (Article, bool)| {
            let show = {
                let (article, history, state, show_loader) = (
                    article.clone(),
                    history.clone(),
                    state.clone(),
                    show_loader.clone(),
                );
                move |loaded: Article| {
                    history.set(load_history(&loaded.text));
                    article.set(loaded);
                    show_loader.set(false);
                    if reset {
                        state.dispatch(Action::Replace(View {
                            theme: state.view.theme,
                            ..View::default()
                        }));
                    }
                }
            };
            notice.set(None);
            #[cfg(target_arch = "wasm32")]
            if loaded.imported.is_none() && loaded.text.len() > crate::worker::THRESHOLD {
                let on_progress = {
                    let pending = pending.clone();
                    Callback::from(move |percent| pending.set(Some(percent)))
                };
                let on_done = {
                    let (pending, notice, job, loaded, show) = (
                        pending.clone(),
                        notice.clone(),
                        job.clone(),
                        loaded.clone(),
                        show.clone(),
                    );
                    Callback::from(move |result: Result<Analysis, String>| {
                        pending.set(None);
                        // The worker is stopped after its message has been handled.
                        let job = job.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            job.borrow_mut().take();
                        });
                        match result {
                            Ok(analysis) => show(Article {
                                imported: Some(Rc::new(analysis)),
                                ..loaded.clone()
                            }),
                            Err(message) => {
                                notice.set(Some(format!("The analysis failed: {message}")))
                            }
                        }
                    })
                };
                let taxonomy_json = taxonomy
                    .as_ref()
                    .and_then(|t| serde_json::to_string(&*t.taxonomy).ok());
                match crate::worker::start(&loaded.text, taxonomy_json, on_progress, on_done) {
                    Ok(started) => {
                        *job.borrow_mut() = Some(started);
                        pending.set(Some(0));
                        show_loader.set(false);
                        return;
                    }
                    // Without a worker the page analyses it itself.
                    Err(message) => notice.set(Some(message)),
                }
            }
            show(loaded);
        })
    };
    let cancel = {
        let pending = pending.clone();
        #[cfg(target_arch = "wasm32")]
        let job = job.clone();
        Callback::from(move |_| {
            #[cfg(target_arch = "wasm32")]
            job.borrow_mut().take();
            pending.set(None);
        })
    };
    // A link names an article: its text in the fragment (#text=, a pasted article shared), or
    // ?src=URL, fetched when the site allows it.
    {
        let (load, notice, mode, options, awaiting, article) = (
            load.clone(),
            notice.clone(),
            mode.clone(),
            props.options.clone(),
            awaiting.clone(),
            article.clone(),
        );
        use_effect_with((), move |_| {
            let loading = notice.clone();
            let show = move |loaded: Result<Article, String>| {
                awaiting.set(false);
                match loaded
                    .and_then(|a| crate::components::loader::check_text(&a.text).map(|()| a))
                {
                    Ok(loaded) => load.emit((loaded, false)),
                    Err(message) => {
                        notice.set(Some(message));
                        // Nothing came: the built-in article, rather than an empty page.
                        if article.text.is_empty() {
                            article.set(Article::new(SEED_ARTICLE, Origin::Builtin));
                        }
                    }
                }
            };
            #[cfg(target_arch = "wasm32")]
            if let Mode::Element { .. } = mode {
                // An element's article: inline text (shown from the start, or explained), or
                // a URL to fetch.
                if let Some(text) = options.text {
                    if let Err(message) = crate::components::loader::check_text(&text) {
                        show(Err(message));
                    }
                } else if let Some(url) = options.src {
                    loading.set(Some(format!("Loading {url} …")));
                    crate::files::fetch_article(url, move |text| {
                        show(text.map(|t| Article::new(&t, Origin::Fetched)))
                    });
                }
                return;
            }
            #[cfg(target_arch = "wasm32")]
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(text) = crate::share::text_in_link().await {
                    show(text.map(|t| Article::new(&t, Origin::Own)));
                } else if let Some(url) = crate::url::source_param() {
                    loading.set(Some(format!("Loading {url} …")));
                    crate::files::fetch_article(url, move |text| {
                        show(text.map(|t| Article::new(&t, Origin::Fetched)))
                    });
                }
            });
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (show, loading, mode, options);
        });
    }
    // The address carries a pasted article when it fits, so that the link reopens it.
    let share_note = use_state(|| None::<String>);
    {
        let (share_note, owns_url) = (share_note.clone(), mode.owns_url());
        use_effect_with((*article).clone(), move |article| {
            #[cfg(target_arch = "wasm32")]
            if owns_url {
                let article = article.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if article.origin != Origin::Own {
                        crate::share::set_fragment(None);
                        share_note.set(None);
                        return;
                    }
                    match crate::share::fragment_for(&article.text).await {
                        Ok(fragment) => {
                            crate::share::set_fragment(Some(&fragment));
                            share_note.set(None);
                        }
                        Err(message) => {
                            crate::share::set_fragment(None);
                            share_note.set(Some(message));
                        }
                    }
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (article, share_note, owns_url);
        });
    }
    let copy_link = {
        let share_note = share_note.clone();
        Callback::from(move |_| {
            let share_note = share_note.clone();
            #[cfg(target_arch = "wasm32")]
            wasm_bindgen_futures::spawn_local(async move {
                let copied = crate::share::copy_link().await;
                // A note about the article's length stays: the link carries the view only.
                if share_note
                    .as_deref()
                    .is_none_or(|n| !n.contains("too long"))
                {
                    share_note.set(Some(if copied {
                        "Link copied: it opens this article with these filters.".to_string()
                    } else {
                        "The browser did not allow copying: copy the address from the address bar."
                            .to_string()
                    }));
                }
            });
            #[cfg(not(target_arch = "wasm32"))]
            let _ = share_note;
        })
    };
    // An element's attributes set its filters and theme, also when they change later.
    {
        let dispatcher = state.dispatcher();
        let element = !mode.owns_url() && !matches!(mode, Mode::Frame { .. });
        use_effect_with(props.options.view.clone(), move |view| {
            if element {
                let list =
                    |set: &std::collections::BTreeSet<String>| Some(set.iter().cloned().collect());
                dispatcher.dispatch(Action::SetFilters {
                    speakers: list(&view.speakers),
                    issues: list(&view.issues),
                    kinds: list(&view.kinds),
                    search: None,
                });
                dispatcher.dispatch(Action::SetTheme(view.theme));
            }
        });
    }
    // In an iframe: say "ready", report the content's height as it changes, and hear the
    // parent's messages (from its declared origin only).
    #[cfg(target_arch = "wasm32")]
    {
        let (mode, root, state, load, notice) = (
            mode.clone(),
            root.clone(),
            state.clone(),
            load.clone(),
            notice.clone(),
        );
        use_effect_with((), move |_| {
            use wasm_bindgen::{closure::Closure, JsCast};
            let mut listener = None;
            let mut observer = None;
            if let Mode::Frame {
                parent_origin: Some(origin),
            } = &mode
            {
                let origin = origin.clone();
                let dispatch = state.dispatcher();
                listener = web_sys::window().map(|window| {
                    gloo::events::EventListener::new(&window, "message", move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                            return;
                        };
                        if event.origin() != origin {
                            return;
                        }
                        match crate::embed::inbound(&event.data()) {
                            Some(Inbound::LoadText(text)) => {
                                match crate::components::loader::check_text(&text) {
                                    Ok(()) => load.emit((Article::new(&text, Origin::Own), true)),
                                    Err(message) => notice.set(Some(message)),
                                }
                            }
                            Some(Inbound::SetFilter {
                                speakers,
                                issues,
                                kinds,
                                search,
                            }) => dispatch.dispatch(Action::SetFilters {
                                speakers,
                                issues,
                                kinds,
                                search,
                            }),
                            Some(Inbound::SelectStatement(id)) => {
                                dispatch.dispatch(Action::Select(id))
                            }
                            Some(Inbound::SetTheme(theme)) => {
                                dispatch.dispatch(Action::SetTheme(theme))
                            }
                            None => {}
                        }
                    })
                });
                if let Some(element) = root.cast::<web_sys::Element>() {
                    let frame_mode = mode.clone();
                    let measured = element.clone();
                    let callback = Closure::<dyn FnMut()>::new(move || {
                        let height = measured.scroll_height();
                        crate::embed::notify(&frame_mode, "resize", &[("height", height.into())]);
                    });
                    if let Ok(resize) =
                        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())
                    {
                        resize.observe(&element);
                        observer = Some((resize, callback));
                    }
                }
                crate::embed::notify(&mode, "ready", &[]);
            }
            move || {
                drop(listener);
                if let Some((resize, _callback)) = observer {
                    resize.disconnect();
                }
            }
        });
    }
    // Storage follows the corrections.
    {
        let text = article.text.clone();
        use_effect_with(history.done.clone(), move |done| save_history(&text, done));
    }
    let engine_analysis = use_memo(
        ((*article).clone(), (*taxonomy).clone()),
        |(article, taxonomy)| article.analyse(taxonomy.as_ref().map(|t| &*t.taxonomy)),
    );
    let corrected = use_memo(
        (
            (*engine_analysis).clone(),
            history.done.clone(),
            (*taxonomy).clone(),
        ),
        |(analysis, done, taxonomy)| Rc::new(apply(analysis, done, base_taxonomy(taxonomy))),
    );
    let analysis: Rc<Analysis> = (*corrected).clone();
    // The selected statement scrolls into view, and an embedder hears of it.
    {
        let (root, mode, analysis) = (root.clone(), mode.clone(), analysis.clone());
        use_effect_with(state.view.selected.clone(), move |selected| {
            if let (Some(id), Some(root)) = (selected, root.cast::<web_sys::Element>()) {
                scroll_to_statement(&root, id);
            }
            #[cfg(target_arch = "wasm32")]
            if let Some(statement) = selected.as_deref().and_then(|id| analysis.statement(id)) {
                crate::embed::notify(
                    &mode,
                    "select",
                    &[
                        ("id", statement.id.as_str().into()),
                        (
                            "speaker",
                            statement
                                .speaker
                                .as_deref()
                                .map_or(wasm_bindgen::JsValue::NULL, Into::into),
                        ),
                        ("text", statement.content.text.as_str().into()),
                    ],
                );
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (mode, analysis);
        });
    }

    let on_edit = {
        let history = history.clone();
        Callback::from(move |edit: Edit| {
            let mut next = (*history).clone();
            next.push(edit);
            history.set(next);
        })
    };
    let undo = {
        let history = history.clone();
        Callback::from(move |_| {
            let mut next = (*history).clone();
            next.undo();
            history.set(next);
        })
    };
    let redo = {
        let history = history.clone();
        Callback::from(move |_| {
            let mut next = (*history).clone();
            next.redo();
            history.set(next);
        })
    };
    let view = state.view.clone();

    let onkeydown = {
        let state = state.clone();
        let analysis = analysis.clone();
        let shortcuts = shortcuts.clone();
        let show_help = show_help.clone();
        let search_ref = search_ref.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let in_field = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            let key = event.key();
            if key == "Escape" {
                if *show_help {
                    show_help.set(false);
                } else {
                    state.dispatch(Action::ClearFilters);
                    state.dispatch(Action::Select(None));
                }
                event.prevent_default();
                return;
            }
            if in_field {
                return;
            }
            let single = *shortcuts;
            let step = match key.as_str() {
                "ArrowDown" => Some(true),
                "ArrowUp" => Some(false),
                "j" if single => Some(true),
                "k" if single => Some(false),
                _ => None,
            };
            if let Some(forward) = step {
                if let Some(id) = next_statement(&analysis, &state.view, forward) {
                    state.dispatch(Action::Select(Some(id)));
                    event.prevent_default();
                }
                return;
            }
            match key.as_str() {
                "/" if single => {
                    if let Some(input) = search_ref.cast::<web_sys::HtmlInputElement>() {
                        let _ = input.focus();
                        event.prevent_default();
                    }
                }
                "?" if single => show_help.set(!*show_help),
                _ => {}
            }
        })
    };

    // Stable callbacks: the article (thousands of nodes) re-renders only when its analysis
    // changes, not on every filter click.
    let dispatch = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    let on_select = use_callback(state.dispatcher(), |id: Option<String>, dispatcher| {
        dispatcher.dispatch(Action::Select(id))
    });
    let on_load = load.reform(|loaded: Article| (loaded, true));
    // A file dropped anywhere on the page opens like a chosen one.
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondrop = {
        let (on_load, notice) = (on_load.clone(), notice.clone());
        Callback::from(move |event: DragEvent| {
            let file = event
                .data_transfer()
                .and_then(|data| data.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                event.prevent_default();
                let notice = notice.clone();
                crate::components::loader::open_file(
                    file,
                    on_load.clone(),
                    Callback::from(move |message| notice.set(Some(message))),
                );
            }
        })
    };
    let toggle_theme = {
        let dispatch = dispatch.clone();
        let theme = view.theme;
        Callback::from(move |_| {
            let next = match theme {
                Theme::System => {
                    if prefers_dark() {
                        Theme::Light
                    } else {
                        Theme::Dark
                    }
                }
                Theme::Light => Theme::Dark,
                Theme::Dark => Theme::Light,
            };
            dispatch.emit(Action::SetTheme(next));
        })
    };
    let toggle_loader = {
        let show_loader = show_loader.clone();
        Callback::from(move |_| show_loader.set(!*show_loader))
    };
    let toggle_shortcuts = {
        let shortcuts = shortcuts.clone();
        Callback::from(move |_| shortcuts.set(!*shortcuts))
    };
    let toggle_help = {
        let show_help = show_help.clone();
        Callback::from(move |_| show_help.set(!*show_help))
    };

    let export_json = {
        let analysis = analysis.clone();
        Callback::from(move |_| {
            let json = serde_json::to_string(&*analysis).unwrap_or_default();
            crate::files::download("quotelens-analysis.json", "application/json", &json);
        })
    };
    let export_csv = {
        let analysis = analysis.clone();
        Callback::from(move |_| {
            let mut csv = String::from(
                "statement,speaker,role,affiliation,kind,cue,content,issues,paragraph\r\n",
            );
            for row in quotelens_engine::csv_rows(&analysis) {
                let fields: Vec<String> =
                    row.iter().map(|f| quotelens_engine::csv_field(f)).collect();
                csv.push_str(&fields.join(","));
                csv.push_str("\r\n");
            }
            crate::files::download("quotelens-statements.csv", "text/csv", &csv);
        })
    };
    let export_html = {
        let analysis = analysis.clone();
        Callback::from(move |_| {
            crate::files::download(
                "quotelens-snapshot.html",
                "text/html",
                &crate::files::snapshot_html(&analysis),
            );
        })
    };
    let export_issues = {
        let (taxonomy, engine_analysis, history) =
            (taxonomy.clone(), engine_analysis.clone(), history.clone());
        Callback::from(move |()| {
            let own = crate::corrections::own_taxonomy(
                base_taxonomy(&taxonomy),
                &engine_analysis,
                &history.done,
            );
            crate::files::download(
                "quotelens-issues.json",
                "application/json",
                &serde_json::to_string(&own).unwrap_or_default(),
            );
        })
    };
    let load_issues = {
        let (taxonomy, taxonomy_error) = (taxonomy.clone(), taxonomy_error.clone());
        Callback::from(move |result: Result<String, String>| {
            match result.and_then(|json| crate::files::taxonomy_from_json(&json).map(|t| (json, t)))
            {
                Ok((json, loaded)) => {
                    if let Some(storage) = storage() {
                        let _ = storage.set_item(TAXONOMY_KEY, &json);
                    }
                    taxonomy.set(Some(OwnTaxonomy {
                        taxonomy: Rc::new(loaded),
                    }));
                    taxonomy_error.set(None);
                }
                Err(message) => taxonomy_error.set(Some(message)),
            }
        })
    };
    let builtin_issues = {
        let (taxonomy, taxonomy_error) = (taxonomy.clone(), taxonomy_error.clone());
        Callback::from(move |()| {
            if let Some(storage) = storage() {
                let _ = storage.remove_item(TAXONOMY_KEY);
            }
            taxonomy.set(None);
            taxonomy_error.set(None);
        })
    };
    let taxonomy_name = taxonomy.as_ref().map(|t| {
        if t.taxonomy.name.trim().is_empty() {
            "untitled".to_string()
        } else {
            t.taxonomy.name.clone()
        }
    });
    let matching: Vec<&str> = analysis
        .statements
        .iter()
        .filter(|s| view.fits(s))
        .map(|s| s.id.as_str())
        .collect();
    let filter_style = filter_css(&view, &matching, analysis.statements.len());
    // In a host page's widget the filter rules go into a constructed stylesheet adopted by the
    // widget's shadow root: hosts need no 'unsafe-inline' for styles. The app's own page (and
    // an iframe) keep a style element.
    let adopted = use_state(|| None::<AdoptedSheet>);
    let in_widget = !mode.owns_url() && !matches!(mode, Mode::Frame { .. });
    {
        let (adopted, root, element) = (
            adopted.clone(),
            root.clone(),
            !mode.owns_url() && !matches!(mode, Mode::Frame { .. }),
        );
        use_effect_with((), move |_| {
            if element {
                if let Some(sheet) = root
                    .cast::<web_sys::Element>()
                    .and_then(|r| AdoptedSheet::adopt(&r))
                {
                    adopted.set(Some(sheet));
                }
            }
        });
    }
    {
        let sheet = (*adopted).clone();
        use_effect_with((filter_style.clone(), sheet), |(css, sheet)| {
            if let Some(sheet) = sheet {
                sheet.set(css);
            }
        });
    }
    let theme_class = classes!(
        "ql-app",
        match view.theme {
            Theme::System => None,
            Theme::Light => Some("ql-theme-light"),
            Theme::Dark => Some("ql-theme-dark"),
        },
        mode.embedded().then_some("ql-embedded")
    );
    let filtering = view.is_filtering();
    let article_class = classes!(
        "ql-article-wrap",
        filtering.then_some("ql-filtering"),
        view.only_matching.then_some("ql-only")
    );

    html! {
        <div class={theme_class} ref={root} {onkeydown} {ondragover} {ondrop} tabindex="-1" data-theme={view.theme.as_str()}>
            if adopted.is_none() && !in_widget {
                <style>{ filter_style }</style>
            }
            <header class="ql-header" role="banner">
                <span class="ql-brand">{ "quotelens" }</span>
                <span class="ql-tagline">{ "who said what" }</span>
                <nav class="ql-actions" aria-label="App">
                    <button type="button" onclick={toggle_loader} aria-expanded={show_loader.to_string()}>{ "Load article" }</button>
                    <button type="button" onclick={toggle_theme} aria-label="Switch between light and dark theme">
                        { if is_dark(view.theme) { "Light theme" } else { "Dark theme" } }
                    </button>
                    <button type="button" class="ql-undo" onclick={undo} disabled={history.done.is_empty()}>{ "Undo" }</button>
                    <button type="button" class="ql-redo" onclick={redo} disabled={history.undone.is_empty()}>{ "Redo" }</button>
                    <button type="button" class="ql-copy-link" onclick={copy_link}>{ "Copy link" }</button>
                    <button type="button" class="ql-export-json" onclick={export_json}>{ "Export JSON" }</button>
                    <button type="button" class="ql-export-csv" onclick={export_csv}>{ "Export CSV" }</button>
                    <button type="button" class="ql-export-html" onclick={export_html}>{ "Export HTML" }</button>
                    <button type="button" onclick={toggle_help} aria-expanded={show_help.to_string()}>{ "Shortcuts (?)" }</button>
                </nav>
            </header>
            if *show_loader {
                <Loader on_load={on_load.clone()} current_is_builtin={article.origin == Origin::Builtin} />
            }
            if *show_help {
                <section class="ql-help" aria-label="Keyboard shortcuts">
                    <h2>{ "Keyboard shortcuts" }</h2>
                    <dl>
                        <dt>{ "j or ↓" }</dt><dd>{ "next statement" }</dd>
                        <dt>{ "k or ↑" }</dt><dd>{ "previous statement" }</dd>
                        <dt>{ "/" }</dt><dd>{ "search statements" }</dd>
                        <dt>{ "Esc" }</dt><dd>{ "clear filters and selection" }</dd>
                        <dt>{ "?" }</dt><dd>{ "show or hide this list" }</dd>
                        <dt>{ "select words" }</dt><dd>{ "add them as a statement the engine missed" }</dd>
                    </dl>
                    <label>
                        <input type="checkbox" checked={*shortcuts} onchange={toggle_shortcuts} />
                        { " Single-key shortcuts (j, k, /, ?)" }
                    </label>
                </section>
            }
            if let Some(percent) = *pending {
                <section class="ql-progress" role="status" aria-label="Analysis in progress">
                    <label for="ql-progress-bar">{ format!("Analysing the article: {percent}%") }</label>
                    <progress id="ql-progress-bar" max="100" value={percent.to_string()}></progress>
                    <button type="button" class="ql-cancel" onclick={cancel}>{ "Cancel" }</button>
                </section>
            }
            if let Some(message) = &*share_note {
                <p class="ql-share-note" role="status">{ message.clone() }</p>
            }
            if let Some(message) = &*notice {
                <section class="ql-warnings ql-notice" role="alert">{ message.clone() }</section>
            }
            if !analysis.warnings.is_empty() && !*awaiting {
                <section class="ql-warnings" role="status" aria-label="Warnings">
                    <ul>
                        { for analysis.warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                    </ul>
                </section>
            }
            <div class="ql-layout">
                <main class={article_class} id="ql-main">
                    if *awaiting {
                        <p class="ql-loading" role="status">{ "Loading the article…" }</p>
                    } else {
                        <ArticleView analysis={analysis.clone()} {on_select} />
                    }
                </main>
                <aside class="ql-side" aria-label="Filters and statements">
                    <Details analysis={analysis.clone()} selected={view.selected.clone()} on_edit={on_edit.clone()} />
                    <Adder analysis={analysis.clone()} on_edit={on_edit.clone()} />
                    <Panel analysis={analysis.clone()} view={view.clone()} on_action={dispatch.clone()} search_ref={search_ref.clone()} />
                    <IssueEditor analysis={analysis.clone()} on_edit={on_edit.clone()} {taxonomy_name} on_export={export_issues} on_load={load_issues} on_builtin={builtin_issues} error={(*taxonomy_error).clone()} />
                    <Matrix analysis={analysis.clone()} view={view.clone()} on_action={dispatch.clone()} />
                    <StatementList analysis={analysis.clone()} view={view.clone()} on_action={dispatch.clone()} />
                </aside>
            </div>
        </div>
    }
}

fn is_dark(theme: Theme) -> bool {
    match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::System => prefers_dark(),
    }
}

fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// CSS that keeps the matching statements' highlights and the selection: the article itself
/// is not re-rendered when filters change. Its selectors outrank the base stylesheet's even
/// where that comes later in the cascade (adopted into an embedded widget's shadow root).
fn filter_css(view: &View, matching: &[&str], total: usize) -> String {
    let mut css = String::new();
    if view.is_filtering() && matching.len() < total {
        let selectors: Vec<String> = matching
            .iter()
            .map(|id| format!(".ql-app .ql-filtering .ql-st-{id}"))
            .collect();
        if !selectors.is_empty() {
            css.push_str(&selectors.join(","));
            css.push_str(
                "{background:var(--hl-bg);border-bottom-color:var(--hl-line);border-bottom-style:solid;}",
            );
            let tags: Vec<String> = matching
                .iter()
                .map(|id| format!(".ql-app .ql-filtering .ql-tag-{id}"))
                .collect();
            css.push_str(&tags.join(","));
            css.push_str(
                "{background:var(--ql-text);color:var(--ql-bg);box-shadow:none;visibility:visible;}",
            );
        }
    }
    if let Some(selected) = &view.selected {
        css.push_str(&format!(
            ".ql-st-{selected}{{outline:2px solid var(--ql-focus);outline-offset:1px;}}"
        ));
    }
    css
}

/// Scrolls this instance's article (not any other on the page) to a statement.
fn scroll_to_statement(root: &web_sys::Element, id: &str) {
    if let Ok(Some(element)) = root.query_selector(&format!(".ql-article .ql-st-{id}")) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The corrections stored for this text (none when storage is unavailable).
fn load_history(text: &str) -> History {
    let done = storage()
        .and_then(|s| {
            s.get_item(&crate::corrections::text_key(text))
                .ok()
                .flatten()
        })
        .map(|stored| crate::corrections::decode(&stored))
        .unwrap_or_default();
    History {
        done,
        undone: Vec::new(),
    }
}

fn save_history(text: &str, done: &[Edit]) {
    if let Some(storage) = storage() {
        let key = crate::corrections::text_key(text);
        let _ = if done.is_empty() {
            storage.remove_item(&key)
        } else {
            storage.set_item(&key, &crate::corrections::encode(done))
        };
    }
}

/// The taxonomy analyses are made with.
fn base_taxonomy(own: &Option<OwnTaxonomy>) -> &Taxonomy {
    own.as_ref().map_or_else(
        || quotelens_engine::issues::builtin_taxonomy(),
        |t| &*t.taxonomy,
    )
}

/// The reader's list of issues kept from an earlier visit; a stored list that no longer reads
/// is dropped.
fn load_taxonomy() -> Option<OwnTaxonomy> {
    let stored = storage()?.get_item(TAXONOMY_KEY).ok()??;
    crate::files::taxonomy_from_json(&stored)
        .ok()
        .map(|t| OwnTaxonomy {
            taxonomy: Rc::new(t),
        })
}

/// Whether the app starts by waiting for an article: one in the link (`#text=`, `?src=`) or
/// one an element names by URL.
fn awaits_article(mode: &Mode, options: &Options) -> bool {
    match mode {
        #[cfg(target_arch = "wasm32")]
        Mode::Element { .. } => options.text.is_none() && options.src.is_some(),
        #[cfg(target_arch = "wasm32")]
        _ => {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            hash.starts_with("#text=") || crate::url::source_param().is_some()
        }
        #[cfg(not(target_arch = "wasm32"))]
        _ => {
            let _ = options;
            false
        }
    }
}

/// A stylesheet adopted by the shadow root an instance lives in (the loader resets the root's
/// sheets when it mounts an instance again).
#[derive(Clone)]
pub struct AdoptedSheet {
    #[cfg(target_arch = "wasm32")]
    sheet: web_sys::CssStyleSheet,
}

impl PartialEq for AdoptedSheet {
    fn eq(&self, _other: &AdoptedSheet) -> bool {
        // One per instance, made once.
        true
    }
}

impl AdoptedSheet {
    /// Adds an empty stylesheet to the shadow root holding `element` (None outside one).
    #[cfg(target_arch = "wasm32")]
    fn adopt(element: &web_sys::Element) -> Option<AdoptedSheet> {
        use wasm_bindgen::JsCast;
        let shadow = element.get_root_node();
        shadow.dyn_ref::<web_sys::ShadowRoot>()?;
        let sheet = web_sys::CssStyleSheet::new().ok()?;
        let key = wasm_bindgen::JsValue::from_str("adoptedStyleSheets");
        let list: js_sys::Array = js_sys::Reflect::get(&shadow, &key).ok()?.dyn_into().ok()?;
        list.push(&sheet);
        js_sys::Reflect::set(&shadow, &key, &list).ok()?;
        Some(AdoptedSheet { sheet })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn adopt(_element: &web_sys::Element) -> Option<AdoptedSheet> {
        None
    }

    fn set(&self, css: &str) {
        #[cfg(target_arch = "wasm32")]
        let _ = self.sheet.replace_sync(css);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = css;
    }
}
