//! The one error type: bad input or bad configuration. "Nothing aligned" is a result, not an error.

/// Everything that can go wrong, each naming the source or setting at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No source was given.
    #[error("no sources given")]
    NoSources,
    /// Two sources share an id, so claims could not be told apart.
    #[error("duplicate source id `{0}`")]
    DuplicateSourceId(String),
    /// A source id is empty or contains whitespace or `:`.
    #[error("invalid source id `{0}`: ids must be non-empty, without whitespace or `:`")]
    InvalidSourceId(String),
    /// A source is not UTF-8.
    #[error("source `{source_id}` is not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 {
        /// The source's id.
        source_id: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A source is larger than [`Config::max_source_bytes`](crate::Config::max_source_bytes).
    #[error("source `{source_id}` is {size} bytes, over the limit of {limit}")]
    SourceTooLarge {
        /// The source's id.
        source_id: String,
        /// Its size in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// More sources than [`Config::max_sources`](crate::Config::max_sources).
    #[error("{count} sources given, over the limit of {limit}")]
    TooManySources {
        /// Sources given.
        count: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A source yields more claims than [`Config::max_claims_per_source`](crate::Config::max_claims_per_source).
    #[error("source `{source_id}` has {count} claims, over the limit of {limit}")]
    TooManyClaims {
        /// The source's id.
        source_id: String,
        /// Claims found.
        count: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A JSON report could not be read back.
    #[error("invalid report JSON: {0}")]
    InvalidReport(String),
    /// A configuration value is out of range.
    #[error("invalid config: {0}")]
    InvalidConfig(String),
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
