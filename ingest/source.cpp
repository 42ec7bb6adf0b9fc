#include "ingest/source.hpp"
