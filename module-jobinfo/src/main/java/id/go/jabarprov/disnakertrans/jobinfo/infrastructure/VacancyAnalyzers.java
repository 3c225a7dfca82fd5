package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How vacancy texts become searchable words. Every text is kept twice: as written (lower case, accents
 * folded), which prefix and exact-word searches use, and reduced to its Indonesian stem, so that "pelatihan"
 * also finds "melatih" and "pekerjaan" finds "bekerja" (Lucene's stemmer for Indonesian, after Tala 2003).
 * No stop words are dropped: a job title is short and every word in it counts.
 */
final class VacancyAnalyzers {

    private static final Analyzer WORDS = new Words(false);
    private static final Analyzer STEMS = new Words(true);

    private VacancyAnalyzers() {
    }

    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(WORDS, Map.of(SearchIndex.TITLE_STEMS, STEMS, SearchIndex.BODY_STEMS, STEMS));
    }

    /** A reader's word as the index keeps it as written: lower case, without accents ("kafé" → "kafe"). */
    static String word(String typed) {
        return WORDS.normalize(SearchIndex.TITLE, typed).utf8ToString();
    }

    /** The stem of a reader's word, if it has one. */
    static Optional<String> stem(String typed) {
        try (TokenStream tokens = STEMS.tokenStream(SearchIndex.TITLE_STEMS, typed)) {
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

        private final boolean stemmed;

        Words(boolean stemmed) {
            this.stemmed = stemmed;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stemmed ? new IndonesianStemFilter(words) : words);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
