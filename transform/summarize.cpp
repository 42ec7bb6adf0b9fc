#include "transform/summarize.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <re2/re2.h>

#include "transform/clean.hpp"
#include "transform/sentences.hpp"
#include "transform/stopwords.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

using Vec = std::vector<std::pair<int, float>>;  // term id -> weight, sorted by id

double dot(const Vec& a, const Vec& b) {
  double s = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (a[i].first > b[j].first) {
      ++j;
    } else {
      s += static_cast<double>(a[i].second) * b[j].second;
      ++i;
      ++j;
    }
  }
  return s;
}

double norm(const Vec& v) { return std::sqrt(dot(v, v)); }

double cosine(const Vec& a, double na, const Vec& b, double nb) {
  return (na > 0 && nb > 0) ? dot(a, b) / (na * nb) : 0.0;
}

struct Sentence {
  std::string text;
  int section = 0;
  int order = 0;      // position among the usable sentences of its section
  int words = 0;
  bool usable = false;  // may be a lede, point or blurb
  Vec vec;
  double norm = 0;
};

struct ItemDraft {
  Item item;
  int section = 0;
  int order = 0;              // position among the section's items
  std::vector<int> sentences;  // candidates for its blurb
};

struct Section {
  std::string title;
  int rank = 0;  // heading level of the title, 7 for other labels
  std::string url;
  std::vector<std::size_t> blocks;  // body blocks, indices into kept.blocks
  int words = 0;
  std::vector<int> sentences;
  double weight = 0;
};

const RE2& greeting() {
  static const RE2 re(
      R"(^\W*(good (?:morning|afternoon|evening)|gm\b|hi\b|hello|hey\b|dear\b|welcome (?:to|back)|)"
      R"(guten (?:morgen|tag|abend)|hallo|liebe|lieber|moin|servus|herzlich willkommen))",
      RE2::Quiet);
  return re;
}

// A sentence a reader can take as a statement: mostly words of letters (not
// a timestamp "8:30 PM ∙ Mar 30, 2023" or a price list), no URL, not a
// lead-in ending in ':'.
bool reads_as_prose(std::string_view folded) {
  if (folded.empty() || folded.back() == ':') return false;
  if (folded.find("http") != std::string_view::npos || folded.find("www.") != std::string_view::npos) return false;
  int words = 0;
  int alpha = 0;
  for (auto w : split_words(folded)) {
    ++words;
    int letters = 0;
    for (std::size_t i = 0; i < w.size();) {
      char32_t c = next_code_point(w, i);
      if (!(c >= '0' && c <= '9')) ++letters;
    }
    if (letters >= 2) ++alpha;
  }
  return alpha >= 4 && alpha * 10 >= words * 6;
}

// Text of a block after its leading link text: "Title — description" ->
// "description".
std::string after_title(const std::string& text, const std::string& title) {
  std::string rest = text.size() > title.size() ? text.substr(title.size()) : std::string();
  std::size_t i = 0;
  while (i < rest.size()) {
    unsigned char c = static_cast<unsigned char>(rest[i]);
    if (c == ' ' || c == '-' || c == ':' || c == '\n' || c == '|') {
      ++i;
    } else if (rest.compare(i, 3, "\xE2\x80\x94") == 0 || rest.compare(i, 3, "\xE2\x80\x93") == 0) {
      i += 3;  // em dash, en dash
    } else {
      break;
    }
  }
  return rest.substr(i);
}

// A block that is one item of a link list: it starts with its first link
// ("Title — description", "Headline [Source]"), or is short and mostly link.
std::optional<std::string> link_item_title(const Block& b) {
  if (b.links.empty() || b.kind == BlockKind::heading) return std::nullopt;
  const Link& link = b.links.front();
  std::string text = fold_spacing(b.text);
  std::string link_text = fold_spacing(link.text);
  int link_words = count_words(link_text);
  if (link.url.empty() || link.url.starts_with("mailto:")) return std::nullopt;
  int words = count_words(text);
  std::optional<std::string> title;
  if (link_words >= 3 && text.starts_with(link_text)) {
    title = link_text;  // "Title — description"
  } else if (words <= 20 && link_words * 10 >= words * 6) {
    title = text;  // mostly link
  } else if (b.kind == BlockKind::list_item && words <= 25) {
    title = text;  // "Headline [Source]" with the source linked
  }
  // Handles and bylines ("Siqi Chen @blader") are not headlines.
  if (title && (count_words(*title) < 3 || title->find('@') != std::string::npos)) return std::nullopt;
  return title;
}

class Summarizer {
 public:
  Summarizer(const CleanResult& cleaned, const SummarizeOptions& options)
      : m_cleaned(cleaned), m_options(options), m_doc(cleaned.kept) {}

  Summary run() {
    Summary s;
    s.source = m_options.source;
    s.title = m_options.title;
    s.date = m_options.date;
    count(s);
    build_sections();
    build_sentences();
    weigh_sections();
    m_budget = std::max<double>(m_options.min_words, m_options.max_share * s.words_kept);
    choose_lede(s);
    choose_points(s);
    choose_items(s);
    fallback(s);
    return s;
  }

 private:
  const CleanResult& m_cleaned;
  const SummarizeOptions& m_options;
  const Document& m_doc;
  std::string m_language;
  std::vector<Section> m_sections;
  std::vector<Sentence> m_sentences;
  std::vector<ItemDraft> m_items;
  Vec m_centroid;
  double m_centroid_norm = 0;
  double m_budget = 0;
  double m_used = 0;
  std::vector<bool> m_taken;  // sentence used in lede, points or a blurb
  std::vector<int> m_chosen;  // sentences in lede and points, for redundancy

  void count(Summary& s) {
    for (const auto& b : m_doc.blocks) s.words_kept += count_words(b.text);
    s.words_in = s.words_kept;
    for (const auto& r : m_cleaned.removed) {
      s.words_in += count_words(r.block.text);
      ++s.removed_counts[reason_kind(r.reason)];
      if (s.web_url.empty() && r.reason == "chrome: view in browser" && !r.block.links.empty()) {
        s.web_url = r.block.links.front().url;
      }
    }
    s.blocks_removed = static_cast<int>(m_cleaned.removed.size());
    if (m_doc.tracking_pixels > 0) s.removed_counts["tracking pixel"] = m_doc.tracking_pixels;
    if (m_doc.tracking_params_removed > 0) s.removed_counts["tracking parameter"] = m_doc.tracking_params_removed;
  }

  void build_sections() {
    m_sections.emplace_back();
    for (std::size_t i = 0; i < m_doc.blocks.size(); ++i) {
      const Block& b = m_doc.blocks[i];
      if (b.kind == BlockKind::image) continue;
      if (b.kind == BlockKind::separator) {
        if (!m_sections.back().blocks.empty() || !m_sections.back().title.empty()) m_sections.emplace_back();
        continue;
      }
      if (is_heading_like(b)) {
        int rank = b.kind == BlockKind::heading ? b.level : 7;
        std::string text = fold_spacing(b.text);
        std::string url;
        if (!b.links.empty() && count_words(b.links.front().text) * 2 >= count_words(b.text)) url = b.links.front().url;
        Section& cur = m_sections.back();
        if (!cur.title.empty() && cur.blocks.empty()) {
          // Two headings in a row make one section. A label above a title
          // ("WORLD" over "Tour de headlines") gives way to the title; a
          // subtitle under a title ("Money, Drama ..." over its deck) is the
          // section's first sentence; equals are read together ("Number of
          // The Week: 300 million").
          if (rank == cur.rank) {
            cur.title += ": " + text;
            if (cur.url.empty()) cur.url = url;
          } else if (rank < cur.rank) {
            cur.title = text;
            cur.rank = rank;
            cur.url = url;
          } else if (count_words(text) >= 6) {
            cur.blocks.push_back(i);
            cur.words += count_words(text);
          }
          continue;
        }
        if (!cur.blocks.empty() || !cur.title.empty()) m_sections.emplace_back();
        Section& sec = m_sections.back();
        sec.title = text;
        sec.rank = rank;
        sec.url = url;
        continue;
      }
      Section& sec = m_sections.back();
      sec.blocks.push_back(i);
      sec.words += count_words(b.text);
    }
    if (m_sections.size() > 1 && m_sections.front().blocks.empty() && m_sections.front().title.empty()) {
      m_sections.erase(m_sections.begin());
    }
  }

  void add_sentences(int section, const std::string& text, std::vector<int>* collect) {
    for (auto& t : split_sentences(text)) {
      Sentence s;
      s.words = count_words(t);
      if (s.words == 0) continue;
      s.text = std::move(t);
      s.section = section;
      std::string folded = fold_for_match(s.text);
      s.usable = s.words >= 5 && s.words <= 60 && reads_as_prose(folded);
      int id = static_cast<int>(m_sentences.size());
      m_sentences.push_back(std::move(s));
      m_sections[section].sentences.push_back(id);
      if (collect) collect->push_back(id);
    }
  }

  void build_sentences() {
    for (std::size_t si = 0; si < m_sections.size(); ++si) {
      Section& sec = m_sections[si];
      int section = static_cast<int>(si);
      // Link lists: every block that starts with its link is an item.
      std::vector<std::size_t> link_blocks;
      for (auto bi : sec.blocks) {
        if (link_item_title(m_doc.blocks[bi])) link_blocks.push_back(bi);
      }
      bool link_list = link_blocks.size() >= 2 && link_blocks.size() * 2 >= sec.blocks.size();
      if (!link_list && !sec.title.empty()) {
        ItemDraft d;
        d.item.title = sec.title;
        d.item.url = sec.url;
        d.section = section;
        m_items.push_back(std::move(d));
      }
      int order = 0;
      for (auto bi : sec.blocks) {
        const Block& b = m_doc.blocks[bi];
        std::vector<int>* collect = nullptr;
        std::string text = b.text;
        if (link_list) {
          if (auto title = link_item_title(b)) {
            ItemDraft d;
            d.item.title = *title;
            d.item.url = b.links.front().url;
            d.section = section;
            d.order = order++;
            text = after_title(fold_spacing(b.text), *title);
            m_items.push_back(std::move(d));
            collect = &m_items.back().sentences;
          }
        } else if (!m_items.empty() && m_items.back().section == section) {
          collect = &m_items.back().sentences;
        }
        add_sentences(section, text, collect);
      }
      int usable = 0;
      for (int id : sec.sentences) {
        if (m_sentences[id].usable) m_sentences[id].order = usable++;
        else m_sentences[id].order = usable + 3;
      }
    }
    vectorize();
  }

  void vectorize() {
    m_language = m_options.language.empty() ? detect_language(document_text(m_doc)) : m_options.language;
    Stemmer stemmer(m_language);
    std::unordered_map<std::string, int> ids;
    std::vector<int> df;
    std::vector<std::unordered_map<int, int>> tfs(m_sentences.size());
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      std::string folded = fold_for_match(m_sentences[k].text);
      for (auto w : split_words(folded)) {
        if (w.size() < 2 || is_stopword(w, m_language)) continue;
        std::string stem = stemmer.stem(w);
        auto [it, added] = ids.emplace(stem, static_cast<int>(ids.size()));
        if (added) df.push_back(0);
        if (tfs[k][it->second]++ == 0) ++df[it->second];
      }
    }
    const double n = static_cast<double>(std::max<std::size_t>(m_sentences.size(), 1));
    std::unordered_map<int, double> centroid;
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      Vec v;
      for (auto [term, tf] : tfs[k]) {
        double idf = std::log((n + 1) / (df[term] + 0.5));
        double w = (1 + std::log(static_cast<double>(tf))) * idf;
        v.emplace_back(term, static_cast<float>(w));
        centroid[term] += w;
      }
      std::sort(v.begin(), v.end());
      m_sentences[k].norm = norm(v);
      m_sentences[k].vec = std::move(v);
    }
    for (auto [term, w] : centroid) m_centroid.emplace_back(term, static_cast<float>(w));
    std::sort(m_centroid.begin(), m_centroid.end());
    m_centroid_norm = norm(m_centroid);
    m_taken.assign(m_sentences.size(), false);
  }

  double centrality(int id) const {
    const Sentence& s = m_sentences[id];
    return cosine(s.vec, s.norm, m_centroid, m_centroid_norm);
  }

  double similarity(int a, int b) const {
    return cosine(m_sentences[a].vec, m_sentences[a].norm, m_sentences[b].vec, m_sentences[b].norm);
  }

  bool redundant(int id) const {
    for (int c : m_chosen) {
      if (similarity(id, c) > 0.5) return true;
    }
    return false;
  }

  void weigh_sections() {
    double max_w = 1;
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
      Section& sec = m_sections[i];
      sec.weight = static_cast<double>(sec.words) / (1.0 + 0.25 * static_cast<double>(i));
      max_w = std::max(max_w, sec.weight);
    }
    for (auto& sec : m_sections) sec.weight /= max_w;
  }

  bool fits(int words) const { return m_used + words <= m_budget; }

  void take(int id) {
    m_taken[id] = true;
    m_chosen.push_back(id);
  }

  void choose_lede(Summary& s) {
    int main = -1;
    double best = -1;
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
      bool has_usable = std::any_of(m_sections[i].sentences.begin(), m_sections[i].sentences.end(),
                                    [&](int id) { return m_sentences[id].usable; });
      if (has_usable && m_sections[i].weight > best) {
        best = m_sections[i].weight;
        main = static_cast<int>(i);
      }
    }
    if (main < 0) return;
    std::vector<int> lede;
    int words = 0;
    for (int id : m_sections[main].sentences) {
      const Sentence& sent = m_sentences[id];
      if (!sent.usable) continue;
      if (lede.empty() && sent.words < 12 && RE2::PartialMatch(fold_for_match(sent.text), greeting())) continue;
      if (!lede.empty() && (words >= 20 || words + sent.words > 55)) break;
      lede.push_back(id);
      words += sent.words;
      if (words >= 20) break;
    }
    for (int id : lede) {
      if (!s.lede.empty()) s.lede += ' ';
      s.lede += m_sentences[id].text;
      take(id);
    }
    m_used += words;
    m_main = main;
  }
  int m_main = -1;

  void choose_points(Summary& s) {
    std::vector<double> score(m_sentences.size(), -1);
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      const Sentence& sent = m_sentences[k];
      if (!sent.usable || m_taken[k]) continue;
      double prior = 1.0 / (1.0 + sent.order);
      double sec = m_sections[sent.section].weight;
      double sc = 0.45 * prior + 0.35 * centrality(static_cast<int>(k)) + 0.2 * std::sqrt(sec);
      if (sent.text.find('?') != std::string::npos) sc *= 0.6;
      if (sent.words > 40) sc *= 0.7;
      score[k] = sc;
    }
    std::vector<int> picked;
    while (static_cast<int>(picked.size()) < m_options.points) {
      int best = -1;
      for (std::size_t k = 0; k < score.size(); ++k) {
        if (score[k] < 0 || m_taken[k]) continue;
        if (best < 0 || score[k] > score[best]) best = static_cast<int>(k);
      }
      if (best < 0) break;
      score[best] = -1;
      if (redundant(best)) continue;
      if (!fits(m_sentences[best].words) && !picked.empty()) continue;
      picked.push_back(best);
      take(best);
      m_used += m_sentences[best].words;
      for (std::size_t k = 0; k < score.size(); ++k) {
        if (score[k] > 0 && m_sentences[k].section == m_sentences[best].section) score[k] *= 0.6;
      }
    }
    std::sort(picked.begin(), picked.end());
    for (int id : picked) s.points.push_back(m_sentences[id].text);
  }

  void choose_items(Summary& s) {
    std::vector<std::size_t> order(m_items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto priority = [&](std::size_t i) {
      const ItemDraft& d = m_items[i];
      return m_sections[d.section].weight / (1.0 + 0.5 * d.order) + (d.section == m_main ? 1.0 : 0.0);
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return priority(a) > priority(b); });
    std::vector<std::size_t> chosen;
    for (auto i : order) {
      ItemDraft& d = m_items[i];
      int title_words = count_words(d.item.title);
      if (!fits(title_words)) continue;
      m_used += title_words;
      int blurb = best_blurb(d);
      if (blurb >= 0 && fits(m_sentences[blurb].words)) {
        d.item.blurb = m_sentences[blurb].text;
        m_taken[blurb] = true;
        m_used += m_sentences[blurb].words;
      }
      chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end());
    for (auto i : chosen) s.items.push_back(m_items[i].item);
  }

  int best_blurb(const ItemDraft& d) const {
    const std::vector<int>& candidates = d.sentences;
    int best = -1;
    double best_score = -1;
    int seen = 0;
    for (int id : candidates) {
      const Sentence& sent = m_sentences[id];
      if (!sent.usable) continue;
      if (seen++ >= 3) break;
      if (m_taken[id] || sent.words > 40 || redundant(id)) continue;
      double sc = 1.0 / (1.0 + seen) + 0.5 * centrality(id);
      if (sc > best_score) {
        best_score = sc;
        best = id;
      }
    }
    return best;
  }

  void fallback(Summary& s) {
    if (s.lede.empty()) {
      for (const auto& sent : m_sentences) {
        s.lede = sent.text;
        break;
      }
      if (s.lede.empty()) s.lede = s.title;
    }
    if (s.points.empty()) {
      for (std::size_t k = 0; k < m_sentences.size(); ++k) {
        if (!m_taken[k] && m_sentences[k].text != s.lede && m_sentences[k].words >= 3) {
          s.points.push_back(m_sentences[k].text);
          break;
        }
      }
    }
    if (s.points.empty()) {
      for (const auto& item : s.items) {
        if (item.title != s.lede) {
          s.points.push_back(item.title);
          break;
        }
      }
    }
  }
};

}  // namespace

Summary summarize(const CleanResult& cleaned, const SummarizeOptions& options) {
  return Summarizer(cleaned, options).run();
}

int summary_words(const Summary& s) {
  int n = count_words(s.lede);
  for (const auto& p : s.points) n += count_words(p);
  for (const auto& item : s.items) n += count_words(item.title) + count_words(item.blurb);
  return n;
}

}  // namespace distill::transform
