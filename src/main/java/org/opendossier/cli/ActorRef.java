package org.opendossier.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.opendossier.model.Actor;
import org.opendossier.service.ActorService;
import org.opendossier.service.CaseException;

/** How the command line names an actor: its number ({@code 12} or {@code #12}) or any name or alias. */
final class ActorRef {
    private ActorRef() {}

    static Actor resolve(ActorService actors, String written) throws CaseException {
        String w = written.strip();
        if (w.matches("#?\\d+")) {
            long id = Long.parseLong(w.startsWith("#") ? w.substring(1) : w);
            return actors.find(id)
                    .orElseThrow(() -> new CaseException(
                            "There is no actor #" + id + ". List them with: opendossier" + " actors --case DIR"));
        }
        List<Actor> found = actors.findByName(w);
        if (found.isEmpty()) {
            throw new CaseException("No actor goes by \"" + w + "\". List them with: opendossier actors --case DIR");
        }
        if (found.size() > 1) {
            throw new CaseException("\"" + w + "\" is a name of several actors ("
                    + found.stream().map(a -> "#" + a.id() + " " + a.name()).collect(Collectors.joining(", "))
                    + "); give the number instead.");
        }
        return found.getFirst();
    }
}
