/**
 * Entry points and argument parsing: {@link com.mediaframing.cli.FramingCli} (bin/framing) and the
 * mains of eval-tsc, train-tsc and cv-tsc. The top floor: may import every package; none imports
 * it.
 */
package com.mediaframing.cli;
