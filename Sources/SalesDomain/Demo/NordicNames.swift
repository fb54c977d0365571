/// Common given names and surnames per Nordic market, for believable demo people.
enum NordicNames {
    static func givenNames(for marketCode: String) -> [String] {
        switch marketCode {
        case "SE": [
            "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per",
            "Emma", "Magnus", "Elin", "Fredrik", "Linnea", "Oskar", "Ida", "Gustav", "Maja", "Henrik",
            "Sofia", "Mattias", "Hanna", "Niklas", "Klara", "Jonas", "Astrid", "Viktor", "Frida", "Axel",
        ]
        case "NO": [
            "Ingrid", "Ole", "Kari", "Jan", "Nora", "Per", "Hilde", "Bjørn", "Silje", "Knut",
            "Marte", "Håkon", "Tone", "Eirik", "Ragnhild", "Sindre", "Solveig", "Trond", "Ingvild", "Geir",
            "Synnøve", "Espen", "Kristin", "Øystein", "Marit", "Vegard", "Line", "Torbjørn", "Sigrid", "Audun",
        ]
        case "DK": [
            "Mette", "Søren", "Hanne", "Jens", "Louise", "Mads", "Camilla", "Rasmus", "Pernille", "Niels",
            "Signe", "Kasper", "Line", "Morten", "Trine", "Anders", "Freja", "Jesper", "Mathilde", "Christian",
            "Sofie", "Thomas", "Julie", "Mikkel", "Karoline", "Frederik", "Ida", "Emil", "Birgitte", "Henrik",
        ]
        default: [
            "Aino", "Mikko", "Laura", "Juha", "Emilia", "Antti", "Sanna", "Ville", "Helmi", "Jari",
            "Kaisa", "Timo", "Noora", "Matti", "Eveliina", "Janne", "Riikka", "Petteri", "Aleksi", "Tuula",
            "Oona", "Sami", "Johanna", "Teemu", "Elina", "Heikki", "Venla", "Otto", "Satu", "Lauri",
        ]
        }
    }

    static func surnames(for marketCode: String) -> [String] {
        switch marketCode {
        case "SE": [
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Bergström",
            "Sjöberg", "Holm", "Engström", "Ekström", "Lundgren", "Åberg", "Nyström", "Hedlund", "Falk",
        ]
        case "NO": [
            "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
            "Jensen", "Karlsen", "Haugen", "Berg", "Dahl", "Lunde", "Halvorsen", "Bakke", "Moen",
            "Strand", "Solberg", "Eide", "Hagen", "Aas", "Sæther", "Brekke",
        ]
        case "DK": [
            "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
            "Møller", "Mortensen", "Lund", "Holm", "Bach", "Dam", "Friis", "Vestergaard",
        ]
        default: [
            "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
            "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
        ]
        }
    }

    /// Turns a display name into the ASCII local part of an e-mail address.
    static func emailLocalPart(_ name: String) -> String {
        let folded = name.lowercased().map { character -> String in
            switch character {
            case "å", "ä", "á", "à": "a"
            case "ö", "ø", "ó": "o"
            case "æ": "ae"
            case "é", "è": "e"
            case "ü": "u"
            case " ": "."
            default: character.isASCII && (character.isLetter || character.isNumber || character == "-") ? String(character) : ""
            }
        }
        return folded.joined()
    }
}
