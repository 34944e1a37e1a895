package org.opendossier.ui.welcome;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;
import org.opendossier.ui.WorkbenchViewModel;

/** What the window shows with no case open: start a case, open one, the recent ones, or the sample. */
public final class WelcomeView extends VBox {
    public WelcomeView(WorkbenchViewModel model) {
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);

        Label title = new Label(Messages.get("app.name"));
        title.setId("welcome-title");
        title.getStyleClass().add("welcome-title");
        Label tagline = new Label(Messages.get("welcome.tagline"));
        tagline.getStyleClass().add("welcome-tagline");
        tagline.setWrapText(true);

        Button newCase = Icons.button("welcome-new", Material2AL.CREATE_NEW_FOLDER, "action.newCase");
        newCase.setOnAction(e -> model.newCase());
        Button open = Icons.button("welcome-open", Material2AL.FOLDER_OPEN, "action.openCase");
        open.setOnAction(e -> model.openCase());
        Button sample = Icons.button("welcome-sample", Material2MZ.SCIENCE, "action.openSample");
        sample.setOnAction(e -> model.openSample());
        sample.getStyleClass().add("accent");
        HBox actions = new HBox(12, newCase, open, sample);
        actions.setAlignment(Pos.CENTER);

        Label recentTitle = new Label(Messages.get("welcome.recent"));
        recentTitle.getStyleClass().add("welcome-section");
        VBox recent = new VBox(2);
        recent.setId("welcome-recent");
        recent.setAlignment(Pos.CENTER_LEFT);
        recent.setMaxWidth(560);
        Label none = new Label(Messages.get("welcome.recent.none"));
        none.getStyleClass().add("muted");
        Runnable refresh = () -> {
            recent.getChildren().clear();
            if (model.recentCases().isEmpty()) {
                recent.getChildren().add(none);
            }
            for (Path folder : model.recentCases()) {
                Hyperlink link = new Hyperlink(folder.getFileName() + "  —  " + folder);
                link.getStyleClass().add("recent-case");
                link.setOnAction(e -> model.openRecent(folder));
                recent.getChildren().add(link);
            }
        };
        model.recentCases().addListener((javafx.collections.ListChangeListener<Path>) c -> refresh.run());
        refresh.run();
        VBox recentBox = new VBox(6, recentTitle, recent);
        recentBox.setMaxWidth(560);
        recentBox.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(Messages.get("welcome.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(560);

        getChildren().addAll(title, tagline, actions, recentBox, hint);
        setSpacing(22);
        disableProperty().bind(model.busyProperty());
    }
}
