"""Nightly media-framing reprocessing on a Spark cluster (Apache Airflow 2.x).

Requires the apache-airflow-providers-apache-spark package and a Spark connection
``spark_framing`` (host spark://master:7077, or yarn / k8s://...). The job:

* takes ``--run-date {{ ds }}``: the logical date of the DAG run. Clearing a task instance and
  re-running it (or a backfill) replaces exactly that date's partition of the article tables and
  leaves every other date untouched; aggregates, stories and the report are recomputed;
* takes ``--incremental``: only new or changed articles are tagged (state table under the output);
* publishes atomically and takes the output's lock, so ``max_active_runs=1`` plus the lock keep two
  runs from writing at once (a second run exits with code 4 and a message naming the lock's owner);
* logs progress and a per-stage summary as JSON lines (``FRAMING_LOG_FORMAT=json``).

Exit codes: 0 ok, 1 internal error, 2 bad arguments or configuration, 3 input unreadable,
4 output locked by another run. ``validate`` runs first so that a bad dictionary or an unreadable
input fails in seconds, before executors are requested.
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JAR = "/opt/framing/media-framing-0.1.0.jar"
INPUT = "hdfs:///news/articles/"
OUTPUT = "hdfs:///framing/out"
ADD_OPENS = " ".join(
    f"--add-opens=java.base/{p}=ALL-UNNAMED"
    for p in (
        "java.lang",
        "java.lang.invoke",
        "java.lang.reflect",
        "java.io",
        "java.net",
        "java.nio",
        "java.util",
        "java.util.concurrent",
        "java.util.concurrent.atomic",
        "jdk.internal.ref",
        "sun.nio.ch",
        "sun.nio.cs",
        "sun.security.action",
        "sun.util.calendar",
    )
) + " -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
COMMON_CONF = {
    "spark.executor.extraJavaOptions": ADD_OPENS,
    "spark.executorEnv.FRAMING_LOG_FORMAT": "json",
}

with DAG(
    dag_id="media_framing_nightly",
    start_date=datetime(2025, 3, 1),
    schedule="15 2 * * *",
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    tags=["media-framing"],
) as dag:
    validate = SparkSubmitOperator(
        task_id="validate",
        conn_id="spark_framing",
        application=JAR,
        java_class="com.mediaframing.cli.FramingCli",
        application_args=["validate", "--input", INPUT],
        conf=COMMON_CONF,
        executor_memory="2g",
        num_executors=2,
    )

    reprocess = SparkSubmitOperator(
        task_id="reprocess",
        conn_id="spark_framing",
        application=JAR,
        java_class="com.mediaframing.cli.FramingCli",
        application_args=[
            "run",
            "--input", INPUT,
            "--output", OUTPUT,
            "--run-date", "{{ ds }}",
            "--incremental",
        ],
        conf=COMMON_CONF,
        env_vars={"FRAMING_LOG_FORMAT": "json"},
        executor_memory="4g",
        executor_cores=2,
        num_executors=8,
        execution_timeout=timedelta(hours=3),
    )

    validate >> reprocess
