package org.opendossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void englishParagraphIsEnglish() {
        assertThat(detector.detect("The regional water board said on Monday that eleven pumping stations had failed"
                        + " at least one inspection, and that repairs would begin before the autumn storms."))
                .isEqualTo("en");
    }

    @Test
    void frenchParagraphIsFrench() {
        assertThat(detector.detect("Le conseil régional a annoncé lundi que onze stations de pompage avaient échoué"
                        + " à au moins une inspection et que les réparations commenceraient avant l'automne."))
                .isEqualTo("fr");
    }

    @Test
    void germanParagraphIsGerman() {
        assertThat(detector.detect("Der Wasserverband teilte am Montag mit, dass elf Pumpstationen mindestens eine"
                        + " Prüfung nicht bestanden hätten und die Reparaturen vor den Herbststürmen beginnen."))
                .isEqualTo("de");
    }

    @Test
    void russianParagraphIsRussian() {
        assertThat(detector.detect("Региональное управление водного хозяйства сообщило в понедельник, что"
                        + " одиннадцать насосных станций не прошли проверку и ремонт начнётся до осенних штормов."))
                .isEqualTo("ru");
    }

    @Test
    void arabicParagraphIsArabic() {
        assertThat(detector.detect("أعلنت هيئة المياه الإقليمية يوم الاثنين أن إحدى عشرة محطة ضخ فشلت في اجتياز"
                        + " فحص واحد على الأقل، وأن أعمال الإصلاح ستبدأ قبل عواصف الخريف."))
                .isEqualTo("ar");
    }

    @Test
    void textTooShortToTellGivesNull() {
        assertThat(detector.detect("Hello world")).isNull();
        assertThat(detector.detect("12 345 678 / 2024-03-05")).isNull();
        assertThat(detector.detect(null)).isNull();
    }

    @Test
    void threeLetterCodesBecomeTwoLetterCodes() {
        assertThat(LanguageDetector.toIso6391("eng")).isEqualTo("en");
        assertThat(LanguageDetector.toIso6391("deu")).isEqualTo("de");
        assertThat(LanguageDetector.toIso6391("cmn")).isEqualTo("zh");
        assertThat(LanguageDetector.toIso6391("pes")).isEqualTo("fa");
        assertThat(LanguageDetector.toIso6391("war")).isNull();
    }

    @Test
    void declaredLanguageTagsAreReducedToTheLanguage() {
        assertThat(LanguageDetector.normalizeDeclared("en-GB")).isEqualTo("en");
        assertThat(LanguageDetector.normalizeDeclared("FR_fr")).isEqualTo("fr");
        assertThat(LanguageDetector.normalizeDeclared("deu")).isEqualTo("de");
        assertThat(LanguageDetector.normalizeDeclared("x-none")).isNull();
        assertThat(LanguageDetector.normalizeDeclared(" ")).isNull();
    }
}
