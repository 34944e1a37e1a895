package org.opendossier.analysis.similar;

import java.util.HashSet;
import java.util.Set;
import org.opendossier.analysis.names.NameFolding;

/**
 * Words that say nothing about what a passage is about, in English, French and Spanish (the languages of
 * the actor suggester's lists), folded with {@link NameFolding#key}: function words, auxiliaries, and the
 * verbs of reporting that every news sentence has ("said", "according"). Not the suggester's {@code
 * Lexicon.SENTENCE_STARTERS}: that list decides whether a capital starts a name, so it leaves out "May",
 * "Will" and "Can" and keeps number words, which are facts here. Not ingest's {@code StopWordGuess} either,
 * which holds only words that tell the languages apart.
 */
final class StopWords {
    private StopWords() {}

    private static final Set<String> WORDS = words("""
            a an the this that these those there here it its it's he she they we you i his her hers their theirs
            our ours my mine your yours him them us me one's who whom whose which what when where why how whether
            is are was were be been being am has have had having do does did doing done will would shall should
            can could may might must ought not no nor never none any some all both each every either neither
            other others another such only own same so than too very just also even still yet already again
            ever and or but if because as until while although though since unless whereas however therefore
            thus hence meanwhile moreover furthermore nevertheless instead otherwise indeed of at by for from in
            into on onto off out over under up down with without within about above across against along among
            amid around behind below beneath beside besides between beyond during except inside near outside
            through throughout toward towards upon via per despite after before then now once soon later earlier
            today yesterday tomorrow there's that's who's what's more most less least much many few several
            lot lots said says say saying told tell tells according added adds stated reported reports asked
            noted explained claimed quoted statement spokesman spokeswoman spokesperson mr mrs ms dr
            le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu me te se
            lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos qui que quoi dont ou où et mais
            donc or ni car si quand lorsque comme selon dans pour par sur sous avec sans entre vers chez après
            avant depuis pendant contre lors ne pas plus moins très aussi encore déjà est sont était étaient été
            être a ont avait avaient avoir fait faire sera seront serait peut pourrait doit cela ça ceci celui
            celle ceux celles tout tous toute toutes autre autres même mêmes dit déclaré affirmé indiqué
            el lo los las una unos unas este esta estos estas ese esa esos esas aquel aquella su sus mi mis tu
            tus nuestro nuestra y o u pero sino porque cuando como según en con sin sobre bajo hacia hasta desde
            durante tras ante para por del al que quien quienes cual cuales cuyo es son era eran fue fueron ser
            sido está están estaba ha han había habían haber hay muy más menos también ya aún todo todos toda
            todas otro otra otros otras mismo misma dijo afirmó declaró señaló
            """);

    static boolean contains(String folded) {
        return WORDS.contains(folded);
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.strip().split("\\s+")) {
            out.add(NameFolding.key(w));
        }
        return Set.copyOf(out);
    }
}
