package org.opendossier.export.graph;

import org.opendossier.model.ActorKind;

/**
 * One colour per kind of actor, the same in every format: from the Okabe–Ito palette, which people with the
 * common forms of colour blindness can still tell apart.
 */
enum KindColours {
    PERSON(0x00, 0x72, 0xB2),
    ORGANISATION(0xD5, 0x5E, 0x00),
    PLACE(0x00, 0x9E, 0x73),
    OTHER(0x99, 0x99, 0x99);

    final int red;
    final int green;
    final int blue;

    KindColours(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    static KindColours of(ActorKind kind) {
        return switch (kind) {
            case PERSON -> PERSON;
            case ORGANISATION -> ORGANISATION;
            case PLACE -> PLACE;
            case OTHER -> OTHER;
        };
    }

    String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
