package org.opendossier.ui.dossier;

import java.awt.image.BufferedImage;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.service.DossierPreview;
import org.opendossier.service.DossierService;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;

/**
 * The composer's right column: the pages of the dossier's PDF as it will be exported, one under the other, with
 * "Updating preview…" while a newer drawing is made (the pages shown stay until it arrives), and the export
 * menu.
 */
final class DossierPreviewView extends BorderPane {
    private static final double PAGE_GAP = 12;

    private final VBox pages = new VBox(PAGE_GAP);
    private final ScrollPane scroll = new ScrollPane(pages);

    DossierPreviewView(DossierComposerViewModel model) {
        setId("dossier-preview");
        getStyleClass().add("dossier-preview");

        Label title = new Label(Messages.get("dossier.preview"));
        title.getStyleClass().add("pane-heading");
        Label status = new Label();
        status.setId("dossier-preview-status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.previewStatusProperty());
        status.setMinWidth(0);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(14, 14);
        Label updating = new Label(Messages.get("dossier.preview.updating"), spinner);
        updating.setId("dossier-preview-updating");
        updating.getStyleClass().add("status-text");
        updating.setMinWidth(Region.USE_PREF_SIZE);
        updating.visibleProperty().bind(model.previewUpdatingProperty());
        updating.managedProperty().bind(updating.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MenuButton export = new MenuButton(Messages.get("dossier.export"), Icons.icon(Material2MZ.SAVE_ALT));
        export.setId("dossier-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        for (DossierService.Format format : DossierService.Format.values()) {
            String name = format.name().toLowerCase(Locale.ROOT);
            MenuItem item = new MenuItem(Messages.get("dossier.format." + name));
            item.setId("dossier-export-" + name);
            item.setOnAction(e -> model.export(format));
            export.getItems().add(item);
        }
        export.disableProperty().bind(model.dossierProperty().isNull());
        HBox header = new HBox(8, title, spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        setTop(header);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, status, gap, updating);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("pane-footer");
        setBottom(footer);

        pages.setId("dossier-preview-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(PAGE_GAP));
        pages.getStyleClass().add("preview-pages");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        Label empty = new Label(Messages.get("dossier.preview.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.previewProperty().isNull());
        setCenter(new StackPane(scroll, empty));

        model.previewProperty().addListener((obs, was, now) -> show(now));
        show(model.previewProperty().get());
    }

    private void show(DossierPreview preview) {
        pages.getChildren().clear();
        if (preview == null) {
            return;
        }
        int n = 0;
        for (BufferedImage page : preview.pages()) {
            ImageView view = new ImageView(image(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty()
                    .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                            () -> Math.max(
                                    80,
                                    Math.min(
                                            page.getWidth(),
                                            scroll.getViewportBounds().getWidth() - 2 * PAGE_GAP - 4)),
                            scroll.viewportBoundsProperty()));
            StackPane sheet = new StackPane(view);
            sheet.getStyleClass().add("preview-page");
            sheet.setId("dossier-preview-page-" + ++n);
            sheet.setMaxWidth(Region.USE_PREF_SIZE);
            pages.getChildren().add(sheet);
        }
    }

    /** A page drawn by PDFBox as a JavaFX image, pixel for pixel (javafx-swing is not among our libraries). */
    static WritableImage image(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
