package org.opendossier.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opendossier.model.ActorKind;
import org.opendossier.model.AliasKind;
import org.opendossier.model.ClaimRelationType;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Stance;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Enum options written in lower case with spaces or dashes ("former-name"), with the choices on a typo. */
final class Enums {
    private Enums() {}

    static <E extends Enum<E>> E parse(Class<E> type, String written) {
        String name = written.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (name.equals("ORGANIZATION")) {
            name = "ORGANISATION";
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + written + "' is not one of: "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
    }

    static final class ActorKinds implements ITypeConverter<ActorKind> {
        @Override
        public ActorKind convert(String value) {
            return parse(ActorKind.class, value);
        }
    }

    static final class AliasKinds implements ITypeConverter<AliasKind> {
        @Override
        public AliasKind convert(String value) {
            return parse(AliasKind.class, value);
        }
    }

    static final class ClaimStatuses implements ITypeConverter<ClaimStatus> {
        @Override
        public ClaimStatus convert(String value) {
            return parse(ClaimStatus.class, value);
        }
    }

    static final class Stances implements ITypeConverter<Stance> {
        @Override
        public Stance convert(String value) {
            return parse(Stance.class, value);
        }
    }

    static final class ClaimRelationTypes implements ITypeConverter<ClaimRelationType> {
        @Override
        public ClaimRelationType convert(String value) {
            return parse(ClaimRelationType.class, value);
        }
    }
}
