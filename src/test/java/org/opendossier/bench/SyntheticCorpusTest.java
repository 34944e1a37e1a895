package org.opendossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesSameArticlesAndOtherSeedsDiffer() {
        assertThat(new SyntheticCorpus(1).article(5)).isEqualTo(new SyntheticCorpus(1).article(5));
        assertThat(new SyntheticCorpus(1).article(5)).isNotEqualTo(new SyntheticCorpus(2).article(5));
        assertThat(new SyntheticCorpus(1).article(5)).isNotEqualTo(new SyntheticCorpus(1).article(6));
    }

    @Test
    void articlesLookLikeNewsCopyOfAboutThreeKilobytes() {
        SyntheticCorpus corpus = new SyntheticCorpus(3);
        for (int i = 0; i < 50; i++) {
            String a = corpus.article(i);
            assertThat(a.length()).as("article %d", i).isBetween(2_500, 4_000);
            String[] lines = a.split("\n", -1);
            assertThat(lines[0]).as("headline").isNotBlank().matches("\\p{Lu}.*");
            assertThat(lines[1]).as("blank line after the headline").isEmpty();
            assertThat(a)
                    .containsPattern("\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+")
                    .containsPattern("\\d{1,2} \\p{Lu}[a-z]+ 20\\d\\d");
        }
    }

    @Test
    void wordFrequenciesHaveALongTail() {
        Map<String, Integer> counts = new HashMap<>();
        SyntheticCorpus corpus = new SyntheticCorpus(4);
        for (int i = 0; i < 200; i++) {
            for (String w : corpus.article(i).toLowerCase().split("[^\\p{L}']+")) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        assertThat(SyntheticCorpus.vocabularySize()).isGreaterThan(3_500);
        assertThat(counts.get("the")).isGreaterThan(10 * counts.getOrDefault("government", 1));
        long seenOnce = counts.values().stream().filter(n -> n == 1).count();
        assertThat(seenOnce).as("words seen once").isGreaterThan(200);
    }

    @Test
    void writesShardedTextFilesInWalkOrder() throws Exception {
        SyntheticCorpus.Written written = new SyntheticCorpus(5).write(tmp, 1_005);

        assertThat(written.files()).hasSize(1_005);
        assertThat(written.files()).isSorted();
        assertThat(Files.list(tmp)).hasSize(2);
        assertThat(written.files().getLast().getParent().getFileName()).hasToString("00001");
        long bytes = 0;
        for (Path f : written.files()) {
            bytes += Files.size(f);
        }
        assertThat(written.bytes()).isEqualTo(bytes);
    }
}
