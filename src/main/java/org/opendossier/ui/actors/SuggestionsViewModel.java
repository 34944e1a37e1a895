package org.opendossier.ui.actors;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.service.ActorListing;
import org.opendossier.service.ActorService;
import org.opendossier.service.CancelToken;
import org.opendossier.service.Suggested;
import org.opendossier.ui.Messages;
import org.opendossier.ui.dialog.ActorChoice;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * Actors the texts suggest: read from every source on request, then accepted (as a new actor or as more
 * names of one), or rejected for good. Each decision takes the suggestion off the list at once; the
 * mentions of accepted names are found in the background.
 */
public final class SuggestionsViewModel {
    static final int LIMIT = 200;

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<Suggested> suggestions = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private ActorService service;
    private Runnable onChanged = () -> {};

    public SuggestionsViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void setCase(ActorService actors) {
        this.service = actors;
        suggestions.clear();
        status.set("");
    }

    /** Reads every source again and ranks what it suggests. */
    public void refresh() {
        ActorService s = service;
        if (s == null) {
            return;
        }
        loading.set(true);
        status.set(Messages.get("suggestions.reading"));
        tasks.execute(BackgroundTask.of(Messages.get("suggestions.reading"), p -> s.suggest(LIMIT, new CancelToken()))
                .onSuccess(found -> {
                    loading.set(false);
                    suggestions.setAll(found);
                    status.set(Messages.get("suggestions.count", found.size()));
                })
                .onFailure(this::failed));
    }

    /** Makes the suggestion an actor of {@code kind}. */
    public void accept(Suggested suggested, ActorKind kind) {
        decide(suggested, s -> s.accept(suggested, kind));
    }

    /** Adds the suggestion's names to an actor the person picks. */
    public void acceptAsAlias(Suggested suggested) {
        ActorService s = service;
        if (s == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(
                        Messages.get("suggestions.reading"),
                        p -> s.list().stream().map(ActorListing::actor).toList())
                .onSuccess(all -> {
                    Optional<ActorChoice> choice = dialogs.chooseActor(
                            Messages.get(
                                    "suggestions.aliasOf",
                                    suggested.suggestion().name()),
                            "",
                            all,
                            false);
                    choice.filter(c -> !c.isNew())
                            .ifPresent(c -> decide(suggested, sv -> sv.acceptAsAliasOf(suggested, c.actorId())));
                })
                .onFailure(this::failed));
    }

    public void reject(Suggested suggested) {
        decide(suggested, s -> {
            s.reject(suggested);
            return null;
        });
    }

    @FunctionalInterface
    private interface Decision {
        Actor apply(ActorService service) throws Exception;
    }

    private void decide(Suggested suggested, Decision decision) {
        ActorService s = service;
        if (s == null) {
            return;
        }
        int at = suggestions.indexOf(suggested);
        suggestions.remove(suggested);
        tasks.execute(BackgroundTask.of(Messages.get("actors.rescanning"), p -> {
                    Actor actor = decision.apply(s);
                    s.mentionsUpToDate();
                    return actor;
                })
                .onSuccess(actor -> {
                    status.set(Messages.get("suggestions.count", suggestions.size()));
                    onChanged.run();
                })
                .onFailure(e -> {
                    suggestions.add(Math.max(0, Math.min(at, suggestions.size())), suggested);
                    failed(e);
                }));
    }

    private void failed(Throwable e) {
        loading.set(false);
        status.set("");
        dialogs.showError(Messages.get("suggestions.error"), e.getMessage(), e);
    }

    /** Runs after a suggestion became an actor or an alias, so the actor list and the reader refresh. */
    public void setOnChanged(Runnable action) {
        this.onChanged = action;
    }

    public ObservableList<Suggested> suggestions() {
        return suggestions;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
