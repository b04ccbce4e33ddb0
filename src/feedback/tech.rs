//! Built-in list of well-known technology names and how to find them.

use super::tokens::starts_word;

/// One spelling of a technology.
struct Tech {
    /// The spelling looked for (inner spaces match any whitespace).
    alias: &'static str,
    /// The name reported.
    canonical: &'static str,
    /// Match case exactly: for names that are also everyday words ("Go",
    /// "Spring", "React", "REST").
    exact: bool,
}

/// Case-insensitive name reported as written.
const fn n(name: &'static str) -> Tech {
    Tech {
        alias: name,
        canonical: name,
        exact: false,
    }
}

/// Name that is also a common word: matched with its exact capitalisation.
const fn x(name: &'static str) -> Tech {
    Tech {
        alias: name,
        canonical: name,
        exact: true,
    }
}

/// Another (case-insensitive) spelling of `canonical`.
const fn a(alias: &'static str, canonical: &'static str) -> Tech {
    Tech {
        alias,
        canonical,
        exact: false,
    }
}

#[rustfmt::skip]
const TECH: &[Tech] = &[
    // AWS
    n("AWS"), a("Amazon Web Services", "AWS"), n("EC2"), n("S3"), n("IAM"), n("VPC"), n("RDS"),
    n("Lambda"), a("AWS Lambda", "Lambda"), a("람다", "Lambda"), n("CloudWatch"), n("Redshift"),
    n("DynamoDB"), x("Aurora"), n("SQS"), n("SNS"), n("Kinesis"), n("ECS"), n("EKS"), n("Fargate"),
    n("CloudFront"), n("Route 53"), a("Route53", "Route 53"), n("API Gateway"), n("Step Functions"),
    x("Glue"), a("AWS Glue", "Glue"), x("Athena"), n("EMR"), n("ElastiCache"), n("CloudFormation"),
    n("CDK"),
    // Other clouds and hosting
    n("GCP"), n("Google Cloud"), n("Azure"), n("BigQuery"), n("Pub/Sub"), n("Dataflow"), n("GKE"),
    n("Cloud Run"), n("Cloud Functions"), n("Firebase"), n("Supabase"), n("Vercel"), n("Netlify"),
    n("Heroku"), n("Cloudflare"), n("CDN"),
    // Data
    n("Snowflake"), n("Databricks"), n("Delta Lake"), n("Hadoop"), n("HDFS"), x("Hive"), n("Presto"),
    n("Trino"), n("Flink"), n("Kafka"), a("카프카", "Kafka"), x("Spark"), a("Apache Spark", "Spark"),
    a("PySpark", "Spark"), a("스파크", "Spark"), n("Airflow"), a("에어플로우", "Airflow"), n("dbt"),
    n("Looker"), n("Tableau"), n("Power BI"), n("Metabase"), n("Pandas"), n("NumPy"), n("PyTorch"),
    n("TensorFlow"), n("scikit-learn"), a("sklearn", "scikit-learn"), n("Jupyter"), n("MLflow"),
    n("Kubeflow"), n("LangChain"), n("OpenAI"), n("Hugging Face"), n("RabbitMQ"), n("ActiveMQ"),
    x("NATS"), x("Pulsar"), n("ZooKeeper"),
    // Databases and search
    n("PostgreSQL"), a("Postgres", "PostgreSQL"), a("포스트그레스", "PostgreSQL"), n("MySQL"),
    n("MariaDB"), n("SQLite"), x("Oracle"), n("SQL Server"), a("MSSQL", "SQL Server"), n("SQL"),
    n("NoSQL"), n("Redis"), a("레디스", "Redis"), n("Memcached"), n("MongoDB"), a("Mongo", "MongoDB"),
    a("몽고DB", "MongoDB"), n("Cassandra"), n("HBase"), n("Neo4j"), n("ClickHouse"), n("InfluxDB"),
    n("Elasticsearch"), a("Elastic Search", "Elasticsearch"), a("엘라스틱서치", "Elasticsearch"),
    n("OpenSearch"), n("Solr"), n("Kibana"), n("Logstash"), n("Fluentd"),
    // Infrastructure, CI/CD, observability
    n("Docker"), a("도커", "Docker"), n("Kubernetes"), a("k8s", "Kubernetes"),
    a("쿠버네티스", "Kubernetes"), x("Helm"), n("Istio"), x("Envoy"), n("Terraform"),
    a("테라폼", "Terraform"), n("Ansible"), n("Pulumi"), n("Jenkins"), a("젠킨스", "Jenkins"),
    n("GitHub Actions"), n("GitLab CI"), n("CircleCI"), n("Argo CD"), a("ArgoCD", "Argo CD"),
    n("Nginx"), a("엔진엑스", "Nginx"), x("Apache"), n("HAProxy"), n("Consul"), x("Vault"), n("etcd"),
    n("Prometheus"), n("Grafana"), n("Datadog"), x("Sentry"), n("New Relic"), n("Splunk"),
    n("OpenTelemetry"), n("Jaeger"), n("Linux"), a("리눅스", "Linux"), n("Ubuntu"), n("Bash"),
    n("Git"), n("GitHub"), n("GitLab"), n("Jira"), n("Confluence"),
    // Frontend and mobile
    x("React"), a("React.js", "React"), a("ReactJS", "React"), a("리액트", "React"),
    n("React Native"), n("Vue"), a("Vue.js", "Vue"), a("VueJS", "Vue"), x("Angular"), n("Svelte"),
    n("Next.js"), a("NextJS", "Next.js"), n("Nuxt"), n("Redux"), n("Webpack"), x("Vite"),
    n("Tailwind CSS"), a("Tailwind", "Tailwind CSS"), n("TypeScript"), a("타입스크립트", "TypeScript"),
    n("JavaScript"), a("자바스크립트", "JavaScript"), n("HTML"), n("CSS"), n("Android"), n("iOS"),
    n("Flutter"), n("Kotlin"), x("Swift"), n("SwiftUI"), n("Jest"), n("Cypress"), n("Playwright"),
    n("Selenium"), n("Storybook"),
    // Languages and backend frameworks
    n("Java"), a("자바", "Java"), x("Spring"), a("스프링", "Spring"), n("Spring Boot"),
    a("SpringBoot", "Spring Boot"), a("스프링 부트", "Spring Boot"), a("스프링부트", "Spring Boot"),
    n("JPA"), n("Hibernate"), n("MyBatis"), n("QueryDSL"), n("Gradle"), n("Maven"), n("JUnit"),
    n("Scala"), n("Python"), a("파이썬", "Python"), n("Django"), a("장고", "Django"), n("FastAPI"),
    n("Flask"), n("Celery"), x("Go"), a("Golang", "Go"), x("Rust"), n("C++"), n("C#"), n(".NET"),
    a("ASP.NET", ".NET"), a("dotnet", ".NET"), x("Ruby"), n("Ruby on Rails"), x("Rails"), n("PHP"),
    n("Laravel"), n("Node.js"), a("NodeJS", "Node.js"), x("Express"), a("Express.js", "Express"),
    n("NestJS"), n("Deno"),
    // Protocols and APIs
    n("gRPC"), n("GraphQL"), x("REST"), a("RESTful", "REST"), n("WebSocket"),
    a("WebSockets", "WebSocket"), n("JWT"), n("OAuth"), a("OAuth2", "OAuth"), a("OAuth 2.0", "OAuth"),
    n("OIDC"), n("SAML"), n("Protobuf"), n("OpenAPI"), n("Swagger"), n("Kafka Streams"),
];

/// Canonical names of the technologies in `text`, in order of appearance
/// (repeats included). Names match at word boundaries, so "Redis를" counts
/// but "JavaScript" is not "Java"; at one position the longest name wins
/// ("Spring Boot" over "Spring").
pub(crate) fn find(text: &str) -> Vec<&'static str> {
    let collapsed = collapse_whitespace(text);
    let mut found = Vec::new();
    let mut skip_until = 0;
    for (pos, c) in collapsed.char_indices() {
        if pos < skip_until || c == ' ' || !starts_word(&collapsed, pos) {
            continue;
        }
        if let Some(tech) = longest_at(&collapsed, pos) {
            found.push(tech.canonical);
            skip_until = pos + tech.alias.len();
        }
    }
    found
}

fn longest_at(text: &str, pos: usize) -> Option<&'static Tech> {
    TECH.iter()
        .filter(|t| matches_at(text, pos, t))
        .max_by_key(|t| t.alias.len())
}

fn matches_at(text: &str, pos: usize, tech: &Tech) -> bool {
    let end = pos + tech.alias.len();
    let Some(candidate) = text.get(pos..end) else {
        return false;
    };
    let same = if tech.exact {
        candidate == tech.alias
    } else {
        candidate.eq_ignore_ascii_case(tech.alias)
    };
    same && ends_cleanly(text, end, tech.alias)
}

/// A name ending in an ASCII letter or digit must not run on into more of
/// them ("Java" in "JavaScript"); a Korean particle may follow ("Redis를").
fn ends_cleanly(text: &str, end: usize, alias: &str) -> bool {
    let last_is_ascii_alnum = alias
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    if !last_is_ascii_alnum {
        return true;
    }
    text.get(end..)
        .and_then(|rest| rest.chars().next())
        .is_none_or(|c| !c.is_ascii_alphanumeric())
}

fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_technologies() {
        let cases: &[(&str, &[&str])] = &[
            ("We used Redis를 and kafka", &["Redis", "Kafka"]),
            ("Redis를 캐시로 도입", &["Redis"]),
            ("JavaScript, not Java", &["JavaScript", "Java"]),
            ("Spring Boot on   EC2", &["Spring Boot", "EC2"]),
            ("spring is nice; let's go", &[]),
            ("I wrote it in Go and Rust", &["Go", "Rust"]),
            ("a REST API, then rest", &["REST"]),
            ("github actions + k8s", &["GitHub Actions", "Kubernetes"]),
            ("Next.js와 Node.js", &["Next.js", "Node.js"]),
            ("레디스와 쿠버네티스", &["Redis", "Kubernetes"]),
            ("C++ and C#", &["C++", "C#"]),
            ("postgres → PostgreSQL", &["PostgreSQL", "PostgreSQL"]),
            ("S3's bucket", &["S3"]),
            ("s3cret", &[]),
            ("ioredis", &[]),
            ("", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(find(text), want, "text {text:?}");
        }
    }

    #[test]
    fn list_is_sane() {
        assert!(TECH.len() >= 150);
        for t in TECH {
            assert!(
                !t.alias.is_empty() && !t.alias.contains("  "),
                "{}",
                t.alias
            );
            assert!(
                TECH.iter().any(|c| c.alias == t.canonical),
                "{}",
                t.canonical
            );
        }
    }
}
