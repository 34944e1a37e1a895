package org.opendossier.model;

/** How one actor stands to another, read "from TYPE to": "Africa Corps SUCCESSOR_OF Wagner Group". */
public enum RelationshipType {
    MEMBER_OF,
    LEADS,
    PART_OF,
    SUCCESSOR_OF,
    SUPPLIES,
    FUNDS,
    SANCTIONS,
    ALLIED_WITH,
    OPPOSES,
    OTHER
}
