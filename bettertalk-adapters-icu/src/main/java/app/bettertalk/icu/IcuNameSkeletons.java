package app.bettertalk.icu;

import app.bettertalk.core.shared.NameSkeletons;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.util.ULocale;

/**
 * {@link NameSkeletons} by ICU4J's {@link SpoofChecker}, Unicode's confusables data (UTS #39). Its skeleton keeps case
 * ({@code I} becomes {@code l}, {@code L} stays), so it runs three times: on the name as typed (Cyrillic {@code Н} is
 * {@code H}), on that case-folded by NFKC_Casefold, which also drops invisible characters ({@code M} is now {@code m},
 * so {@code rn}), and on the upper case of that ({@code i} is now {@code I}, so {@code l}), folded once more. So
 * {@code Iily_k}, {@code lily_k} and {@code LILY_K} all come out {@code llly_k}. Thread-safe: the checker and the
 * normaliser are immutable once built.
 */
public final class IcuNameSkeletons implements NameSkeletons {
    // CONFUSABLE is the check skeletons belong to; since ICU 58 there is one skeleton, so no type to choose.
    private final SpoofChecker checker = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();
    private final Normalizer2 fold = Normalizer2.getNFKCCasefoldInstance();

    @Override
    public String skeleton(String name) {
        var asTyped = fold.normalize(checker.getSkeleton(name));
        var lower = checker.getSkeleton(asTyped);
        return fold.normalize(checker.getSkeleton(UCharacter.toUpperCase(ULocale.ROOT, lower)));
    }
}
