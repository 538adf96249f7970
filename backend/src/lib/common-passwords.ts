/**
 * Passwords that head every breach list (and a few that people here reach for first), lower-case.
 * Only entries of 10 characters or more matter to the policy, which refuses shorter ones anyway;
 * the short classics stay so the list reads as what it is. Compared case-insensitively.
 */
const GENERAL = [
  "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon",
  "123123", "baseball", "abc123", "football", "monkey", "letmein", "696969", "shadow", "master", "666666",
  "qwertyuiop", "123321", "mustang", "1234567890", "michael", "654321", "superman", "1qaz2wsx", "7777777", "121212",
  "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter",
  "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou", "2000", "charlie",
  "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george", "computer",
  "michelle", "jessica", "pepper", "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777",
  "pass", "maggie", "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer",
  "love", "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees", "987654321", "dallas",
  "austin", "thunder", "taylor", "matrix", "admin", "welcome", "passw0rd", "p@ssw0rd", "qwerty123", "1q2w3e4r",
]

const LONG = [
  // digits and keyboard walks
  "0000000000", "1111111111", "2222222222", "3333333333", "4444444444", "5555555555", "6666666666", "7777777777",
  "8888888888", "9999999999", "0123456789", "0987654321", "9876543210", "1234567890", "12345678910", "1234567891",
  "12345678901", "123456789012", "1234567890123", "11111111111", "111111111111", "1212121212", "1122334455",
  "1234512345", "1234554321", "1231231231", "123123123123", "1020304050", "1357924680", "2468013579", "5201314520",
  "147258369147", "1472583690", "7894561230", "1234567899", "1234567890a", "1234567890q", "123456789a", "123456789q",
  "a123456789", "q123456789", "a1234567890", "abc1234567", "abcd123456", "abcde12345", "abcdefghij", "abcdefg123",
  "abc123abc123", "abcdef1234", "aaaaaaaaaa", "qqqqqqqqqq", "zzzzzzzzzz", "qwertyuiop", "qwertyuiop1", "qwertyuiop123",
  "qwerty1234", "qwerty12345", "qwerty123456", "qwerty123!", "qwertyqwerty", "qwertyuiopasdfghjkl", "qwertyui123",
  "asdfghjkl1", "asdfghjkl123", "asdfghjkl;", "asdfasdfasdf", "asdf123456", "asdfgh1234", "zxcvbnm123", "zxcvbnm1234",
  "zxcvbnmasdfghjkl", "1q2w3e4r5t", "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "q1w2e3r4t5", "q1w2e3r4t5y6", "1qaz2wsx3edc",
  "1qaz2wsx3edc4rfv", "qazwsxedc123", "qazwsxedcrfv", "qazwsxedc1", "zaq12wsxcde3", "zaq1xsw2cde3", "12345qwert",
  "12345qwerty", "123qweasd", "123qweasdzxc", "1234qwerasdf", "1234qwer!", "qweasdzxc123", "qweasdzxc1", "!qaz2wsx3edc",
  "1q2w3e4r5t!", "poiuytrewq", "mnbvcxzlkj", "!@#$%^&*()", "1q2w3e4r!q", "qwer1234qwer",
  // "password" and friends
  "password12", "password123", "password1234", "password12345", "password123!", "password1!", "password!!",
  "passwordpassword", "password01", "password99", "password2020", "password2021", "password2022", "password2023",
  "password2024", "password2025", "password2026", "passw0rd123", "p@ssw0rd123", "p@ssword123", "p@ssw0rd!!",
  "pa55w0rd123", "mypassword", "mypassword1", "mypassword123", "newpassword", "newpassword1", "thepassword",
  "secretpassword", "passpass12", "changeme123", "changeme1234", "default123", "welcome123", "welcome1234",
  "welcome2024", "welcome2025", "letmein123", "letmein1234", "trustno1234", "iloveyou12", "iloveyou123",
  "iloveyou1234", "iloveyou!!", "iloveyou2", "iloveyouso", "loveyou123", "mylove1234", "administrator",
  "administrator1", "admin12345", "admin123456", "admin@1234", "adminadmin", "adminadmin1", "rootroot12",
  "superuser1", "testtest12", "test123456", "testing123", "guest12345", "user123456", "login12345", "demo123456",
  // words people pad to length
  "princess123", "sunshine123", "sunshine12", "football123", "football12", "baseball123", "basketball",
  "basketball1", "basketball123", "superman123", "batman1234", "batman12345", "spiderman1", "spiderman123",
  "michael123", "jennifer123", "jessica123", "charlie123", "monkey1234", "dragon1234", "master1234", "shadow1234",
  "starwars123", "starwars12", "pokemon123", "pokemon1234", "minecraft1", "minecraft123", "spongebob1",
  "spongebob123", "doraemon123", "naruto1234", "liverpool1", "liverpool123", "chelsea123", "chelseafc1",
  "arsenal123", "manchester", "manchester1", "manutd1234", "manchesterunited", "barcelona1", "barcelona123",
  "realmadrid", "realmadrid1", "juventus123", "cristiano7", "cristianoronaldo", "ronaldo123", "messi12345",
  "chocolate1", "chocolate123", "butterfly1", "butterfly123", "babygirl123", "elizabeth1", "alexander1",
  "christopher", "christian1", "sebastian1", "jonathan1", "nicholas1", "victoria1", "madison123", "computer123",
  "internet123", "samsung123", "samsung1234", "google1234", "facebook123", "whatever123", "freedom123",
  "blink182182", "metallica1", "nirvana123", "hello12345", "hellohello", "helloworld", "helloworld1",
  "goodluck123", "fuckyou123", "sayangkamu", "iloveindonesia", "qwerty2024", "summer2024", "summer2025",
  // Indonesian favourites
  "bismillah", "bismillah1", "bismillah12", "bismillah123", "bismillah1234", "alhamdulillah", "alhamdulillah1",
  "allahuakbar", "allahuakbar1", "insyaallah", "indonesia", "indonesia1", "indonesia123", "indonesia1945",
  "merdeka1945", "jakarta123", "jakarta1234", "bandung123", "surabaya123", "yogyakarta", "yogyakarta1",
  "jogja12345", "semarang123", "pekalongan", "pekalongan1", "pekalongan123", "sayangku123", "sayang12345",
  "sayangkamu1", "cintaku123", "cinta12345", "kucingku123", "rahasia123", "rahasia1234", "rahasiaku1",
  "katasandi", "katasandi1", "katasandi123", "kata sandi", "sandiku123", "persija123", "persib1933", "garuda1234",
  // this shop
  "batik12345", "batik123456", "batikbatik", "batikindonesia", "batiktulis", "batiktulis1", "batikcap123",
  "canting123", "canting1234", "canting12345", "cantingcanting", "cantingbatik", "batikcanting",
]

/** Every listed password, lower-case. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([...GENERAL, ...LONG].map((p) => p.toLowerCase()))
