/// How a list people are chosen from names each of them: by name, and where another person in
/// the same list has that name, by name and e-mail address — the one thing that tells them apart.
/// Namesakes are common in a sales force of hundreds or thousands, and a
/// list that cannot tell two of them apart lets a manager choose the wrong one.
public enum PersonLabels {
    /// Names are compared as a reader would, ignoring case.
    public static func labels(of people: [Person]) -> [Person.ID: String] {
        let counts = Dictionary(people.map { (key(of: $0.name), 1) }, uniquingKeysWith: +)
        var labels: [Person.ID: String] = [:]
        for person in people {
            labels[person.id] = (counts[key(of: person.name)] ?? 0) > 1 ? "\(person.name) (\(person.email))" : person.name
        }
        return labels
    }

    static func key(of name: String) -> String {
        name.lowercased()
    }
}
