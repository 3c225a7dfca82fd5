package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How vacancy texts become searchable words: lower case, accents folded, and every word kept twice at the same
 * position, as written and reduced to its Indonesian stem (once when both are the same), so that "pelatihan" also
 * finds "melatih" and "pekerjaan" finds "bekerja" (Lucene's stemmer for Indonesian, after Tala 2003). One field per
 * text rather than one per form: each word of a search then asks one or two postings lists, not four. No stop words
 * are dropped: a job title is short and every word in it counts.
 */
final class VacancyAnalyzers {

    private static final Analyzer INDEX = new Words(true);
    private static final Analyzer STEMS = new Words(false);

    private VacancyAnalyzers() {
    }

    static Analyzer forIndex() {
        return INDEX;
    }

    /** A reader's word as the index keeps it as written: lower case, without accents ("kafé" → "kafe"). */
    static String word(String typed) {
        return INDEX.normalize(SearchIndex.TITLE, typed).utf8ToString();
    }

    /** The stem of a reader's word (the word itself when it has no affix). */
    static Optional<String> stem(String typed) {
        try (TokenStream tokens = STEMS.tokenStream(SearchIndex.TITLE, typed)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            Optional<String> first = tokens.incrementToken() ? Optional.of(term.toString()) : Optional.empty();
            tokens.end();
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Words extends Analyzer {

        /** For the index: the word as written too, beside its stem. For a reader's word: the stem only. */
        private final boolean keepWritten;

        Words(boolean keepWritten) {
            this.keepWritten = keepWritten;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            if (!keepWritten) {
                return new TokenStreamComponents(source, new IndonesianStemFilter(words));
            }
            // KeywordRepeat emits each word twice, the first marked as a keyword, which the stemmer leaves alone
            return new TokenStreamComponents(source,
                    new RemoveDuplicatesTokenFilter(new IndonesianStemFilter(new KeywordRepeatFilter(words))));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
