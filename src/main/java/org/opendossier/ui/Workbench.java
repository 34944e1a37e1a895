package org.opendossier.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.service.CaseSession;
import org.opendossier.service.Settings;
import org.opendossier.ui.actors.ActorsView;
import org.opendossier.ui.actors.SuggestionsView;
import org.opendossier.ui.claims.ClaimsView;
import org.opendossier.ui.claims.MatrixView;
import org.opendossier.ui.dossier.DossierComposerView;
import org.opendossier.ui.importing.ImportProgressView;
import org.opendossier.ui.importing.ImportReportView;
import org.opendossier.ui.library.LibraryView;
import org.opendossier.ui.network.NetworkView;
import org.opendossier.ui.reader.ReaderView;
import org.opendossier.ui.search.SearchBar;
import org.opendossier.ui.search.SearchResultsView;
import org.opendossier.ui.timeline.TimelineView;
import org.opendossier.ui.welcome.WelcomeView;

/**
 * The main window: menus and toolbar, the welcome screen or the case workspace (search bar, library and
 * search results beside the reader), the import strip, drag-and-drop, themes, and the layout that is
 * remembered between runs.
 */
public final class Workbench {
    /** The app's stylesheet, over AtlantaFX's theme; the library benchmark's window uses it too. */
    public static final String STYLESHEET =
            Workbench.class.getResource("opendossier.css").toExternalForm();

    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;
    /** Rendered from assets/opendossier.svg by assets/render-icons.sh; the window system picks a size. */
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 64, 128, 256);

    private final Stage stage;
    private final WorkbenchViewModel model;
    private final StackPane content = new StackPane();
    private final WelcomeView welcome;
    private final SearchBar searchBar;
    private final LibraryView library;
    private final SearchResultsView results;
    private final ReaderView reader;
    private final TabPane tabs = new TabPane();
    private final Tab libraryTab;
    private final Tab resultsTab;
    private final ActorsView actors;
    private final Tab actorsTab;
    private final Tab networkTab;
    private final Tab timelineTab;
    private final Tab suggestionsTab;
    private final Tab claimsTab;
    private final Tab matrixTab;
    private final ClaimsView claims;
    private final DossierComposerView dossier;
    private final Tab dossierTab;
    private final SplitPane workspaceSplit = new SplitPane();
    private final Region workspace;
    private final Region dropOverlay;

    public Workbench(Stage stage, WorkbenchViewModel model) {
        this.stage = stage;
        this.model = model;
        this.welcome = new WelcomeView(model);
        this.searchBar = new SearchBar(model.search());
        this.library = new LibraryView(model.library());
        this.results = new SearchResultsView(model.search(), model::openResult);
        this.reader = new ReaderView(model.reader());
        this.libraryTab = new Tab(Messages.get("tab.library"), library);
        this.resultsTab = new Tab(Messages.get("tab.results"), results);
        this.actors = new ActorsView(model.actors());
        this.actorsTab = new Tab(Messages.get("tab.actors"), actors);
        this.suggestionsTab = new Tab(Messages.get("tab.suggestions"), new SuggestionsView(model.suggestions()));
        this.networkTab = new Tab(Messages.get("tab.network"), new NetworkView(model.network()));
        this.claims = new ClaimsView(model.claims());
        this.claimsTab = new Tab(Messages.get("tab.claims"), claims);
        this.matrixTab = new Tab(Messages.get("tab.matrix"), new MatrixView(model.matrix()));
        model.reader().setOnOpenClaim(this::openClaim);
        model.matrix().setOnOpenClaim(this::openClaim);
        this.timelineTab = new Tab(Messages.get("tab.timeline"), new TimelineView(model.timeline()));
        this.dossier = new DossierComposerView(model.dossier());
        reader.setOnAddToDossier(this::addSelectionToDossier);
        this.dossierTab = new Tab(Messages.get("tab.dossier"), dossier);
        model.network().setOnOpenActor(id -> {
            tabs.getSelectionModel().select(actorsTab);
            model.actors().select(id);
        });
        model.reader().setOnOpenActor(id -> {
            tabs.getSelectionModel().select(actorsTab);
            model.actors().select(id);
        });
        this.workspace = workspace();
        this.dropOverlay = dropOverlay();

        BorderPane root = new BorderPane();
        root.setId("workbench");
        root.setTop(new VBox(menuBar(), toolBar()));
        content.getChildren().addAll(welcome, workspace, busyOverlay(), dropOverlay);
        root.setCenter(content);
        root.setBottom(new ImportProgressView(model.imports(), this::showReport));

        Scene scene = new Scene(root);
        scene.getStylesheets().add(STYLESHEET);
        installDragAndDrop(scene);
        scene.getAccelerators().put(Shortcut.SEARCH_ALT.keys(), this::focusSearch);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        ICON_SIZES.forEach(size -> stage.getIcons()
                .add(new Image(Workbench.class
                        .getResource("icon/opendossier-" + size + ".png")
                        .toExternalForm())));
        restoreWindow(model.settings());

        model.sessionProperty().addListener((obs, was, now) -> showCase(now));
        showCase(model.sessionProperty().get());
        model.search().activeProperty().addListener((obs, was, now) -> {
            if (now) {
                tabs.getSelectionModel().select(resultsTab);
            }
        });
        model.imports().reportProperty().addListener((obs, was, now) -> {
            if (now != null) {
                showReport();
            }
        });
        model.themeProperty().addListener((obs, was, now) -> applyTheme());
        Platform.getPreferences().colorSchemeProperty().addListener((obs, was, now) -> applyTheme());
        applyTheme();
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    public Stage stage() {
        return stage;
    }

    public WorkbenchViewModel model() {
        return model;
    }

    private Region workspace() {
        tabs.setId("workspace-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        libraryTab.setId("tab-library");
        resultsTab.setId("tab-results");
        actorsTab.setId("tab-actors");
        networkTab.setId("tab-network");
        suggestionsTab.setId("tab-suggestions");
        claimsTab.setId("tab-claims");
        matrixTab.setId("tab-matrix");
        timelineTab.setId("tab-timeline");
        dossierTab.setId("tab-dossier");
        tabs.getTabs()
                .addAll(
                        libraryTab,
                        resultsTab,
                        actorsTab,
                        suggestionsTab,
                        networkTab,
                        claimsTab,
                        matrixTab,
                        timelineTab,
                        dossierTab);
        // The network is counted from every source: only when it is looked at.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            model.setComposerInFront(now == dossierTab);
            if (now == networkTab) {
                model.network().reload();
            } else if (now == matrixTab) {
                model.matrix().reload();
            } else if (now == timelineTab) {
                model.timeline().reload();
            } else if (now == suggestionsTab
                    && model.suggestions().suggestions().isEmpty()) {
                model.suggestions().refresh();
            }
        });
        workspaceSplit.setId("workspace-split");
        workspaceSplit.getItems().addAll(tabs, reader);
        workspaceSplit.setDividerPositions(0.6);
        VBox box = new VBox(searchBar, workspaceSplit);
        box.getStyleClass().add("workspace");
        VBox.setVgrow(workspaceSplit, Priority.ALWAYS);
        return box;
    }

    private void showCase(CaseSession session) {
        boolean open = session != null;
        welcome.setVisible(!open);
        workspace.setVisible(open);
        if (open) {
            tabs.getSelectionModel().select(libraryTab);
            restoreDividers(model.settings());
        }
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        Menu recent = new Menu(Messages.get("menu.recent"));
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path folder : model.recentCases()) {
                MenuItem item = new MenuItem(folder.getFileName() + "  —  " + folder.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> model.openRecent(folder));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentCases().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        var noCase = model.sessionProperty().isNull();
        file.getItems()
                .addAll(
                        item("menu-new-case", Shortcut.NEW_CASE, model::newCase),
                        item("menu-open-case", Shortcut.OPEN_CASE, model::openCase),
                        recent,
                        item("menu-open-sample", "action.openSample", model::openSample),
                        new SeparatorMenuItem(),
                        disabledWhen(
                                item("menu-import-files", Shortcut.IMPORT_FILES, model.imports()::chooseFiles), noCase),
                        disabledWhen(
                                item("menu-import-folder", Shortcut.IMPORT_FOLDER, model.imports()::chooseFolder),
                                noCase),
                        disabledWhen(
                                item("menu-import-report", "action.lastReport", this::showReport),
                                model.imports().reportProperty().isNull()),
                        new SeparatorMenuItem(),
                        disabledWhen(item("menu-close-case", Shortcut.CLOSE_CASE, model::closeCase), noCase),
                        item("menu-quit", Shortcut.QUIT, this::quit));

        Menu view = new Menu(Messages.get("menu.view"));
        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu(Messages.get("menu.theme"));
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("theme." + t.settingName()));
            item.setId("menu-theme-" + t.settingName());
            item.setToggleGroup(themes);
            item.setSelected(model.themeProperty().get() == t);
            item.setOnAction(e -> model.themeProperty().set(t));
            model.themeProperty().addListener((obs, was, now) -> item.setSelected(now == t));
            theme.getItems().add(item);
        }
        view.getItems()
                .addAll(
                        disabledWhen(item("menu-search", Shortcut.SEARCH, this::focusSearch), noCase),
                        disabledWhen(item("menu-library", Shortcut.LIBRARY, this::showLibrary), noCase),
                        disabledWhen(item("menu-actors", Shortcut.ACTORS, this::showActors), noCase),
                        disabledWhen(item("menu-claims", Shortcut.CLAIMS, this::showClaims), noCase),
                        disabledWhen(item("menu-next-hit", Shortcut.NEXT_HIT, model.reader()::nextHit), noCase),
                        disabledWhen(
                                item("menu-previous-hit", Shortcut.PREVIOUS_HIT, model.reader()::previousHit), noCase),
                        new SeparatorMenuItem(),
                        theme,
                        item("menu-toggle-theme", Shortcut.TOGGLE_THEME, this::toggleTheme));

        Menu edit = new Menu(Messages.get("menu.edit"));
        // Undo and redo act on the pane in front: the dossier composer's edits, or the claims'.
        MenuItem undo = disabledWhen(
                item("menu-undo", Shortcut.UNDO, model::undo),
                model.undoLabelProperty().isEmpty());
        undo.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.undoLabelProperty().get().isEmpty()
                                ? Messages.get("action.undo")
                                : Messages.get(
                                        "action.undoThis",
                                        model.undoLabelProperty().get()),
                        model.undoLabelProperty()));
        MenuItem redo = disabledWhen(
                item("menu-redo", Shortcut.REDO, model::redo),
                model.redoLabelProperty().isEmpty());
        redo.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.redoLabelProperty().get().isEmpty()
                                ? Messages.get("action.redo")
                                : Messages.get(
                                        "action.redoThis",
                                        model.redoLabelProperty().get()),
                        model.redoLabelProperty()));
        edit.getItems()
                .addAll(
                        undo,
                        redo,
                        new SeparatorMenuItem(),
                        disabledWhen(
                                item("menu-tag-actor", Shortcut.TAG_ACTOR, model.reader()::tagSelection),
                                model.reader().selectionProperty().isNull()),
                        disabledWhen(
                                item(
                                        "menu-use-as-evidence",
                                        Shortcut.USE_AS_EVIDENCE,
                                        model.reader()::useSelectionAsEvidence),
                                model.reader().selectionProperty().isNull()),
                        disabledWhen(
                                item("menu-add-to-dossier", "action.addToDossier", this::addSelectionToDossier),
                                model.reader().selectionProperty().isNull()));

        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems()
                .addAll(
                        item("menu-shortcuts", Shortcut.SHORTCUTS, () -> HelpSheets.showShortcuts(stage)),
                        item("menu-about", "action.about", () -> HelpSheets.showAbout(stage)));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String id, Shortcut shortcut, Runnable action) {
        MenuItem item = item(id, shortcut.actionKey(), action);
        item.setAccelerator(shortcut.keys());
        return item;
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem disabledWhen(MenuItem item, javafx.beans.value.ObservableBooleanValue condition) {
        item.disableProperty().bind(condition);
        return item;
    }

    private ToolBar toolBar() {
        Button newCase = Icons.iconButton("tool-new-case", Material2AL.CREATE_NEW_FOLDER, "action.newCase");
        newCase.setOnAction(e -> model.newCase());
        Button open = Icons.iconButton("tool-open-case", Material2AL.FOLDER_OPEN, "action.openCase");
        open.setOnAction(e -> model.openCase());
        Button importFiles = Icons.iconButton("tool-import-files", Material2AL.FILE_UPLOAD, "action.importFiles");
        importFiles.setOnAction(e -> model.imports().chooseFiles());
        Button importFolder = Icons.iconButton("tool-import-folder", Material2MZ.MOVE_TO_INBOX, "action.importFolder");
        importFolder.setOnAction(e -> model.imports().chooseFolder());
        importFiles.disableProperty().bind(model.sessionProperty().isNull());
        importFolder.disableProperty().bind(model.sessionProperty().isNull());
        Button theme = Icons.iconButton("tool-theme", Material2AL.BRIGHTNESS_MEDIUM, "action.toggleTheme");
        theme.setOnAction(e -> toggleTheme());
        Button help = Icons.iconButton("tool-shortcuts", Material2AL.KEYBOARD, "action.shortcuts");
        help.setOnAction(e -> HelpSheets.showShortcuts(stage));
        Pane spacer = new Pane();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                newCase, open, new javafx.scene.control.Separator(), importFiles, importFolder, spacer, theme, help);
        bar.setId("tool-bar");
        return bar;
    }

    private Region busyOverlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label message = new Label();
        message.textProperty().bind(model.busyMessageProperty());
        message.getStyleClass().add("busy-message");
        VBox box = new VBox(12, spinner, message);
        box.setAlignment(Pos.CENTER);
        box.setId("busy-overlay");
        box.getStyleClass().add("overlay");
        box.visibleProperty().bind(model.busyProperty());
        return box;
    }

    private Region dropOverlay() {
        Label label = new Label(Messages.get("drop.hint"), Icons.icon(Material2AL.FILE_UPLOAD));
        label.getStyleClass().add("drop-label");
        StackPane pane = new StackPane(label);
        pane.setId("drop-overlay");
        pane.getStyleClass().add("drop-overlay");
        pane.setVisible(false);
        pane.setMouseTransparent(true);
        return pane;
    }

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.sessionProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
                dropOverlay.setVisible(true);
            }
            e.consume();
        });
        scene.setOnDragExited(e -> dropOverlay.setVisible(false));
        scene.setOnDragDropped(this::dropped);
    }

    /**
     * Takes the dropped paths and completes the drop at once; the import starts after the event. The drag
     * source (a file manager) waits until the drop is completed, so nothing that can open a dialog (an
     * import already running says so in one) may run inside this handler: a real drag from PCManFM under
     * Xvfb showed the dialog with the drop overlay still on screen behind it.
     */
    private void dropped(DragEvent e) {
        dropOverlay.setVisible(false);
        boolean accepted =
                e.getDragboard().hasFiles() && model.sessionProperty().get() != null;
        List<Path> paths = accepted
                ? e.getDragboard().getFiles().stream().map(File::toPath).toList()
                : List.of();
        e.setDropCompleted(accepted);
        e.consume();
        if (accepted) {
            Platform.runLater(() -> model.imports().importPaths(paths));
        }
    }

    public void focusSearch() {
        if (model.sessionProperty().get() != null) {
            searchBar.focusField();
        }
    }

    private void showLibrary() {
        tabs.getSelectionModel().select(libraryTab);
        library.table().requestFocus();
    }

    private void openClaim(long id) {
        tabs.getSelectionModel().select(claimsTab);
        model.claims().select(id);
    }

    /** The reader's selection into the dossier, which is brought to the front to show where it went. */
    private void addSelectionToDossier() {
        tabs.getSelectionModel().select(dossierTab);
        model.reader().addSelectionToDossier();
    }

    private void showClaims() {
        tabs.getSelectionModel().select(claimsTab);
        claims.table().requestFocus();
    }

    private void showActors() {
        tabs.getSelectionModel().select(actorsTab);
        actors.table().requestFocus();
    }

    private void showReport() {
        var report = model.imports().reportProperty().get();
        if (report != null) {
            ImportReportView.show(
                    stage, model.imports(), report, stage.getScene().getStylesheets());
        }
    }

    private void toggleTheme() {
        model.themeProperty().set(isDark() ? Theme.LIGHT : Theme.DARK);
    }

    private boolean isDark() {
        return switch (model.themeProperty().get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
    }

    private void applyTheme() {
        boolean dark = isDark();
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        Node root = stage.getScene().getRoot();
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }

    private void restoreWindow(Settings settings) {
        Settings.Window w = settings.window();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (w != null
                && !Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height())
                        .isEmpty()) {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(Math.min(w.width(), screen.getWidth()));
            stage.setHeight(Math.min(w.height(), screen.getHeight()));
            stage.setMaximized(w.maximized());
        } else {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    private Map<String, SplitPane> splits() {
        Map<String, SplitPane> all = new LinkedHashMap<>();
        all.put("workspace", workspaceSplit);
        all.put("library", library);
        all.put("reader", reader.split());
        all.put("actors", actors);
        all.put("dossier", dossier.columns());
        return all;
    }

    private void restoreDividers(Settings settings) {
        splits().forEach((name, split) -> {
            List<Double> positions = settings.dividers().get(name);
            if (positions != null && positions.size() == split.getDividers().size()) {
                split.setDividerPositions(
                        positions.stream().mapToDouble(Double::doubleValue).toArray());
            }
        });
    }

    private void rememberLayout() {
        Map<String, List<Double>> dividers = new LinkedHashMap<>();
        if (model.sessionProperty().get() != null) {
            splits().forEach((name, split) -> dividers.put(
                    name,
                    java.util.Arrays.stream(split.getDividerPositions()).boxed().toList()));
        }
        model.rememberLayout(
                new Settings.Window(
                        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()),
                dividers);
    }

    /** Remembers the layout, closes the case cleanly, then ends the app. */
    public void quit() {
        rememberLayout();
        stage.getScene().getRoot().setDisable(true);
        model.shutdown(() -> {
            stage.hide();
            Platform.exit();
        });
    }
}
