/**
 * Output: table schemas as data (they generate docs/tables.md), the Parquet/CSV table writers, the
 * publication of a run's files, the output lock, the HTML report, the BI database and the warehouse
 * export. May import {@code stories}, {@code actors} and the layers below; not {@code config}.
 */
package com.mediaframing.output;
