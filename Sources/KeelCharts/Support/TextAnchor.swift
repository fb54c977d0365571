/// Which end of a text line sits at its x coordinate.
public enum TextAnchor: String, Hashable, Sendable {
    case start, middle, end
}
