import Metrics
import Prometheus

/// The process-wide Prometheus registry behind swift-metrics. Vapor reports
/// `http_requests_total`, `http_request_duration_seconds` and `http_request_errors_total`
/// through it; `/metrics` prints it.
enum KeelMetrics {
    static let registry = PrometheusCollectorRegistry()

    /// swift-metrics allows one bootstrap per process; several test apps share this one.
    private static let bootstrapOnce: Void = {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }()

    static func bootstrap() {
        _ = bootstrapOnce
    }
}
