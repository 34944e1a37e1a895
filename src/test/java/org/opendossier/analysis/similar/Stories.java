package org.opendossier.analysis.similar;

import java.util.Random;

/** Invented news texts for the tests of this package: one wire story, its copies, and other stories. */
final class Stories {
    private Stories() {}

    /** A wire report as the agency sent it. */
    static final String WIRE = """
            PORT LAVERNE (Coastline Wire) - Inspectors found that Helios Maritime discharged about 500 tonnes of \
            oily sludge into the outer harbour of Port Laverne in March 2022, according to a report released on \
            Tuesday by the regional environment agency.

            The report, seen by Coastline Wire, says that the company's barge Marisol left berth 7 on at least \
            eleven nights without filing a route plan, and that samples taken near the breakwater showed \
            hydrocarbon levels forty times the permitted limit.

            Helios Maritime is owned by the shipping magnate Carla Moura, who has denied any wrongdoing. "We have \
            never dumped anything at sea, and we will prove it in court," Moura told reporters outside the \
            company's offices on the quay.

            The agency's director, Tomas Reiner, said the inspectors had matched the sludge to fuel residues \
            from the Marisol's own tanks. "The chemical fingerprint leaves very little room for doubt," he said.

            Fishermen in Port Laverne have complained for two years about dead fish and a black film on the \
            water near the harbour mouth. The local cooperative estimates that its catch fell by a third \
            during that time, costing its forty members their savings.

            The regional council will debate on Thursday whether to suspend the company's operating permit \
            while prosecutors examine the report. A spokesman for the council said no decision had been taken.

            Environmental groups called for a full audit of every vessel that uses the outer harbour. \
            "One barge is the tip of the iceberg," said Lena Okafor of the campaign group Clear Water.

            Helios Maritime runs six vessels from Port Laverne and employs about 300 people in the town, \
            making it one of the largest private employers on the coast.
            """;

    /** The wire report on a news site: its own headline, captions, links and furniture around it. */
    static final String ON_DAILY_SITE = """
            Shipping firm dumped sludge in harbour, agency finds

            By Coastline Wire | Published 14:02 | Updated 16:40
            Share on Facebook Share on X Email this article

            Photo: The barge Marisol at berth 7 (File picture)

            """ + WIRE + """

            Read more:
            Port Laverne fishermen demand compensation
            Council budget: what the cuts mean for your street
            Sign up for our morning newsletter and never miss a story.
            We use cookies to improve your experience. Accept all | Manage preferences
            """;

    /**
     * The wire report lightly edited by another site: a new headline and dateline, one sentence added, a few
     * words changed, the last paragraph dropped.
     */
    static final String EDITED = """
            Agency says Moura's firm poured sludge into Port Laverne harbour

            Inspectors found that Helios Maritime discharged about 500 tonnes of oily sludge into the outer \
            harbour of Port Laverne in March 2022, according to a report released on Tuesday by the regional \
            environment agency.

            The report, seen by Coastline Wire, says that the company's barge Marisol left berth 7 on at least \
            eleven nights without filing a route plan, and that samples taken close to the breakwater showed \
            hydrocarbon levels forty times the legal limit.

            Helios Maritime is owned by the shipping tycoon Carla Moura, who has denied any wrongdoing. "We have \
            never dumped anything at sea, and we will prove it in court," Moura told reporters outside the \
            company's offices on the quay.

            The agency's director, Tomas Reiner, said the inspectors had matched the sludge to fuel residues \
            from the Marisol's own tanks. "The chemical fingerprint leaves very little room for doubt," he said. \
            Our newspaper has asked the agency for a copy of the full report.

            Fishermen in Port Laverne have complained for two years about dead fish and a black film on the \
            water near the harbour mouth. The local cooperative estimates that its catch fell by a third \
            during that time, costing its forty members their savings.

            The regional council will debate on Thursday whether to suspend the company's operating permit \
            while prosecutors examine the report. A spokesman for the council said no decision had been taken.

            Environmental groups called for a full audit of every vessel that uses the outer harbour. \
            "One barge is the tip of the iceberg," said Lena Okafor of the campaign group Clear Water.
            """;

    /** The wire report cut short after its third paragraph by a site with little room. */
    static final String TRUNCATED =
            "Harbour sludge: Helios Maritime named\n\n" + WIRE.substring(0, WIRE.indexOf("The agency's"));

    /**
     * Another outlet's own report on the same events: the same names, figures and one quotation, written in
     * its own words.
     */
    static final String OWN_REPORT = """
            Night trips and black water: how Port Laverne's fishermen saw it coming

            For two years the fishermen of Port Laverne told anyone who would listen that something was wrong in \
            the outer harbour. Now a report by the regional environment agency says they were right: Helios \
            Maritime, the company of Carla Moura, is accused of discharging some 500 tonnes of sludge there in \
            March 2022.

            We spent a week on the quay. Boats come back half empty, and the cooperative's ledger shows the \
            catch down by about a third since the first black film appeared near the harbour mouth. "We saw \
            the barge go out with its lights off," said one fisherman, who asked not to be named.

            Moura rejects the findings. "We have never dumped anything at sea, and we will prove it in court," \
            she said on Tuesday. Her lawyers say the agency's samples were taken on the wrong day.

            Tomas Reiner, who leads the agency, stands by the analysis. The council meets on Thursday to decide \
            on the company's permit, and Clear Water wants every vessel in the harbour audited.
            """;

    /** Unrelated filler text of about {@code words} words from a small vocabulary, reproducible by its seed. */
    static String filler(long seed, int words) {
        String[] vocabulary =
                ("council budget road school river market price minister vote bridge train station farmer rain "
                                + "season harvest festival music theatre museum library court judge police street town "
                                + "village mayor report plan project money bank loan tax shop factory worker union strike "
                                + "hospital doctor patient nurse water power energy wind solar coal gas oil heat summer "
                                + "winter spring autumn week month year day night morning evening team match goal player")
                        .split(" ");
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(vocabulary[r.nextInt(vocabulary.length)]).append(i % 15 == 14 ? ".\n" : " ");
        }
        return sb.toString();
    }
}
