//! Settings for a comparison, built with by-value setters.

/// How to compare: alignment threshold and input limits.
///
/// ```
/// let config = claimdiff::Config::new();
/// assert_eq!(config.threshold, 0.35);
/// assert_eq!(config.max_sources, 64);
/// assert_eq!(config.max_source_bytes, 64 * 1024 * 1024);
/// assert_eq!(config.max_claims_per_source, 100_000);
/// let strict = claimdiff::Config::new().threshold(0.5);
/// assert_eq!(strict.threshold, 0.5);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Config {
    /// Similarity in [0, 1] at which a claim's best match in another source is aligned
    /// with it (a pair that is each other's best match needs half of it).
    pub threshold: f64,
    /// Most sources one comparison accepts.
    pub max_sources: usize,
    /// Largest source text, in bytes.
    pub max_source_bytes: usize,
    /// Most claims one source may yield.
    pub max_claims_per_source: usize,
    /// The claim scorer; `None` is the built-in [`Lexical`](crate::align::Lexical) one.
    pub similarity: Option<std::sync::Arc<dyn crate::align::Similarity>>,
}

impl PartialEq for Config {
    fn eq(&self, other: &Self) -> bool {
        let same_scorer = match (&self.similarity, &other.similarity) {
            (None, None) => true,
            (Some(a), Some(b)) => std::sync::Arc::ptr_eq(a, b),
            _ => false,
        };
        same_scorer
            && self.threshold == other.threshold
            && self.max_sources == other.max_sources
            && self.max_source_bytes == other.max_source_bytes
            && self.max_claims_per_source == other.max_claims_per_source
    }
}

impl Config {
    /// The defaults: threshold 0.35, 64 sources, 64 MiB and 100,000 claims per source.
    pub const fn new() -> Self {
        Config {
            threshold: 0.35,
            max_sources: 64,
            max_source_bytes: 64 * 1024 * 1024,
            max_claims_per_source: 100_000,
            similarity: None,
        }
    }

    /// Sets the alignment threshold.
    ///
    /// ```
    /// let c = claimdiff::Config::new().threshold(0.4);
    /// assert_eq!(c.threshold, 0.4);
    /// ```
    pub const fn threshold(mut self, threshold: f64) -> Self {
        self.threshold = threshold;
        self
    }

    /// Sets the most sources accepted.
    ///
    /// ```
    /// let c = claimdiff::Config::new().max_sources(2);
    /// let s = |id| claimdiff::Source::new(id, "Text.");
    /// let err = claimdiff::compare(&[s("a"), s("b"), s("c")], &c).unwrap_err();
    /// assert_eq!(err.to_string(), "3 sources given, over the limit of 2");
    /// ```
    pub const fn max_sources(mut self, n: usize) -> Self {
        self.max_sources = n;
        self
    }

    /// Sets the largest source accepted, in bytes.
    pub const fn max_source_bytes(mut self, n: usize) -> Self {
        self.max_source_bytes = n;
        self
    }

    /// Sets the most claims one source may yield.
    pub const fn max_claims_per_source(mut self, n: usize) -> Self {
        self.max_claims_per_source = n;
        self
    }

    /// Scores claims with another [`Similarity`](crate::align::Similarity) (an embedding
    /// model, say) instead of the built-in lexical one; see the trait for an example.
    pub fn similarity(mut self, scorer: impl crate::align::Similarity + 'static) -> Self {
        self.similarity = Some(std::sync::Arc::new(scorer));
        self
    }

    pub(crate) fn validate(&self) -> crate::Result<()> {
        if !(0.0..=1.0).contains(&self.threshold) {
            return Err(crate::Error::InvalidConfig(format!(
                "threshold {} is not in [0, 1]",
                self.threshold
            )));
        }
        Ok(())
    }
}

impl Default for Config {
    fn default() -> Self {
        Config::new()
    }
}
